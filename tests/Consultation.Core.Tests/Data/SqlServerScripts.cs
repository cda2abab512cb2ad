using Consultation.Core.Data;
using DbUp.SqlServer;

namespace Consultation.Core.Tests.Data;

/// <summary>The schema scripts SchemaMigrator applies on SQL Server, in its order, cut into batches as DbUp sends them.</summary>
internal static class SqlServerScripts
{
    private const string Prefix = "Consultation.Core.Schema.SqlServer.";

    public static IReadOnlyList<(string Name, string Text)> All()
    {
        var core = typeof(SchemaMigrator).Assembly;
        var embedded = core.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(name => (name, Read(core, name)));
        var quartz = QuartzJobStoreSchema.For(DatabaseProvider.SqlServer, Prefix);
        // DbUp runs scripts in the order of their names; the Quartz step is named to fall in its place.
        return [.. embedded.Append((quartz.Name, quartz.Contents)).OrderBy(s => s.Item1, StringComparer.Ordinal)];
    }

    /// <summary>The batches of a script, each with the line of the script it starts on; DbUp cuts on GO lines.</summary>
    public static IEnumerable<(string Batch, int FirstLine)> Batches(string script)
    {
        var searchFrom = 0;
        // The connection string is never opened: the splitter only reads the text.
        foreach (var batch in new SqlConnectionManager("Server=unused").SplitScriptIntoCommands(script))
        {
            var at = script.IndexOf(batch, searchFrom, StringComparison.Ordinal);
            var offset = Math.Max(at, searchFrom);
            searchFrom = at < 0 ? searchFrom : at + batch.Length;
            yield return (batch, script.AsSpan(0, offset).Count('\n') + 1);
        }
    }

    private static string Read(System.Reflection.Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

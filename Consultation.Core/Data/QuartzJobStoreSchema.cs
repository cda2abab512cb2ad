using DbUp.Engine;

namespace Consultation.Core.Data;

/// <summary>
/// The tables of Quartz's clustered job store, created by our migrations rather than by the
/// scheduler at start-up, so a production login needs no DDL rights at run time. The DDL is the
/// one Quartz ships inside its own assembly for the provider, so it always matches the Quartz
/// version in use.
/// </summary>
public static class QuartzJobStoreSchema
{
    public const string TablePrefix = "qrtz_";

    public static SqlScript For(DatabaseProvider provider, string scriptNamePrefix)
    {
        var resource = provider switch
        {
            DatabaseProvider.PostgreSql => "Quartz.Impl.AdoJobStore.Schema.create_postgres.sql",
            DatabaseProvider.SqlServer => "Quartz.Impl.AdoJobStore.Schema.create_sqlServer.sql",
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Quartz runs in memory on SQLite."),
        };
        using var stream = typeof(Quartz.IJob).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Quartz no longer ships {resource}.");
        using var reader = new StreamReader(stream);
        var statements = reader.ReadToEnd()
            .Replace("{0}", TablePrefix, StringComparison.Ordinal)
            .Replace("{1}", TablePrefix, StringComparison.Ordinal)
            .Split("\n--;;", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(s => s.Split('\n').Any(line => line.Length > 0 && !line.StartsWith("--", StringComparison.Ordinal)));
        // DbUp sends SQL Server scripts batch by batch, split on GO; PostgreSQL takes them as they are.
        var separator = provider == DatabaseProvider.SqlServer ? "\nGO\n" : "\n";
        return new SqlScript($"{scriptNamePrefix}0004_quartz_job_store.sql", string.Join(separator, statements));
    }
}

namespace Consultation.Api.Tests.Hosting;

/// <summary>
/// A unit file's settings as systemd reads them, and the environment its process starts with:
/// Environment= first, then each EnvironmentFile= in the order given, a later value replacing an earlier one.
/// </summary>
internal sealed class SystemdUnit(IReadOnlyList<(string Section, string Key, string Value)> settings)
{
    public static SystemdUnit Read(string path)
    {
        var settings = new List<(string, string, string)>();
        var section = "";
        foreach (var line in File.ReadLines(path).Select(l => l.Trim()))
        {
            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                section = line[1..^1];
            }
            else if (line.Length > 0 && !line.StartsWith('#') && !line.StartsWith(';') && line.Contains('='))
            {
                var (key, value) = Split(line);
                settings.Add((section, key, value));
            }
        }
        return new SystemdUnit(settings);
    }

    public IReadOnlyList<string> All(string section, string key) =>
        settings.Where(s => s.Section == section && s.Key == key).Select(s => s.Value).ToList();

    /// <summary>A setting given once counts once; given again, the last one counts.</summary>
    public string? Last(string section, string key) => All(section, key) is [.., var last] ? last : null;

    /// <param name="readFile">The lines of an environment file, by the path the unit names.</param>
    public Dictionary<string, string> Environment(Func<string, IEnumerable<string>> readFile)
    {
        // Our units give Environment= plain NAME=value words; systemd's quoting is not needed to read them.
        var environment = All("Service", "Environment")
            .SelectMany(v => v.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(Split)
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        foreach (var file in All("Service", "EnvironmentFile"))
        {
            foreach (var (key, value) in EnvironmentFile(readFile(file.TrimStart('-'))))
            {
                environment[key] = value;
            }
        }
        return environment;
    }

    public static IEnumerable<(string Key, string Value)> EnvironmentFile(IEnumerable<string> lines) => lines
        .Select(l => l.Trim())
        .Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith(';') && l.Contains('='))
        .Select(Split);

    private static (string Key, string Value) Split(string assignment)
    {
        var parts = assignment.Split('=', 2);
        return (parts[0].Trim(), parts[1].Trim());
    }
}

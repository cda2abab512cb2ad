using System.Globalization;

namespace Consultation.Comparison;

/// <summary>
/// Where the machine's time went during a run, by process: CPU seconds (user and system) read from /proc,
/// for the worker processes, the PostgreSQL backends serving the run's database and the RabbitMQ node.
/// </summary>
internal static class CpuTime
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux

    /// <summary>CPU seconds of the given processes.</summary>
    public static Dictionary<int, double> OfProcesses(IEnumerable<int> pids) =>
        pids.Where(pid => File.Exists($"/proc/{pid}/stat")).ToDictionary(pid => pid, pid => Seconds(File.ReadAllText($"/proc/{pid}/stat")));

    /// <summary>CPU seconds of every process whose command line contains all of <paramref name="marks"/>.</summary>
    public static Dictionary<int, double> Of(params string[] marks) => Where("cmdline", marks);

    /// <summary>CPU seconds of every process whose environment holds <paramref name="variable"/> (name=value).</summary>
    public static Dictionary<int, double> WithEnvironment(string variable) => Where("environ", $"\0{variable}\0");

    private static Dictionary<int, double> Where(string file, params string[] marks)
    {
        var found = new Dictionary<int, double>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }
            try
            {
                var text = file == "cmdline" ? File.ReadAllText(Path.Combine(folder, file)).Replace('\0', ' ') : "\0" + File.ReadAllText(Path.Combine(folder, file));
                if (marks.All(m => text.Contains(m, StringComparison.Ordinal)))
                {
                    found[pid] = Seconds(File.ReadAllText(Path.Combine(folder, "stat")));
                }
            }
            catch (IOException)
            {
                // The process ended while it was being read.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
        return found;
    }

    /// <summary>The CPU seconds spent between two readings (a process that ended in between counts what it spent before the first).</summary>
    public static double Between(Dictionary<int, double> before, Dictionary<int, double> after) =>
        after.Sum(p => p.Value - before.GetValueOrDefault(p.Key));

    private static double Seconds(string stat)
    {
        // The fields after the command name, which is in parentheses and may hold spaces: utime and stime are the 12th and 13th.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
    }
}

using System.Diagnostics;
using System.Text.Json;
using Consultation.Contracts;

namespace Consultation.Comparison;

/// <summary>What the harness hands a contender's process: where to publish, how many, and where to write its result.</summary>
internal sealed record ContenderSettings(string Kind, int AmqpPort, string VirtualHost, int Count, string Result, string? Postgres = null, string? Body = null);

/// <summary>The child-process side: runs one contender that is not the service and writes what it measured.</summary>
internal static class Contender
{
    public static async Task<int> RunAsync(string settingsFile)
    {
        var settings = JsonSerializer.Deserialize<ContenderSettings>(await File.ReadAllTextAsync(settingsFile))!;
        using var stop = new CancellationTokenSource();
        using var term = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, signal =>
        {
            signal.Cancel = true;
            stop.Cancel();
        });
        try
        {
            Measured measured = settings.Kind switch
            {
                "raw" => await RawBroker.RunAsync(settings, stop.Token),
                "masstransit" => await BareMassTransit.RunAsync(settings, stop.Token),
                "quartz" => await QuartzPerDeadline.RunAsync(settings, stop.Token),
                "hangfire" => await HangfirePerDeadline.RunAsync(settings, stop.Token),
                _ => throw new ArgumentException($"unknown contender {settings.Kind}"),
            };
            await File.WriteAllTextAsync(settings.Result, JsonSerializer.Serialize(measured with { PeakRssMb = PeakRss.OfSelf() }));
            return 0;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Stopped with the run (Ctrl+C or SIGTERM): the harness cleans up and says so.
            return 130;
        }
    }
}

/// <summary>The event every contender sends for a deadline: the same record the worker publishes.</summary>
internal static class Deadlines
{
    private static readonly Guid Consultation = Guid.CreateVersion7();

    public static AssignmentOverdue Overdue(int n, DateTimeOffset dueAt) => new(
        Guid.CreateVersion7(), Consultation, Guid.CreateVersion7(), $"{n}/SS", "Đo so sánh", "A000", "Cơ quan 0",
        $"A{n % Seeder.Agencies:000}", $"Cơ quan {n % Seeder.Agencies}", dueAt, 1, 1);

    /// <summary>Logs progress every few seconds while <paramref name="done"/> climbs to <paramref name="count"/>.</summary>
    public static async Task WaitAsync(string name, Func<int> done, int count, TimeSpan limit, CancellationToken cancellationToken, int pollMilliseconds = 20)
    {
        var clock = Stopwatch.StartNew();
        var reported = TimeSpan.Zero;
        while (done() < count)
        {
            if (clock.Elapsed > limit)
            {
                throw new TimeoutException($"{name}: {done():N0} of {count:N0} after {limit.TotalSeconds:N0} s");
            }
            if (clock.Elapsed - reported > TimeSpan.FromSeconds(10))
            {
                reported = clock.Elapsed;
                Console.WriteLine($"  {name}: {done():N0} of {count:N0} after {clock.Elapsed.TotalSeconds:N0} s");
            }
            await Task.Delay(pollMilliseconds, cancellationToken);
        }
    }
}

/// <summary>A process's peak resident memory (VmHWM), in MB; 0 where /proc does not say.</summary>
internal static class PeakRss
{
    public static double OfSelf() => Of("self");

    public static double Of(int pid) => Of(pid.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static double Of(string pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : double.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) / 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}

using System.Globalization;
using System.Text.Json;

namespace Consultation.Comparison;

/// <summary>
/// One comparison: its own databases and virtual hosts (one per contender), each contender in a process
/// of its own, one table at the end; everything it created is deleted, also when a contender fails or
/// the run is interrupted.
/// </summary>
internal sealed class ComparisonRun(ComparisonPlan plan)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var stamp = DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        var name = $"consultation_comparison_{stamp}";
        var folder = Directory.CreateTempSubdirectory("consultation-comparison-").FullName;
        var databases = new Databases(plan.Postgres);
        using var broker = new Broker(plan.Management);
        var results = new List<Measured>();
        Console.WriteLine($"comparison {stamp}: {plan.Open:N0} open assignments, {plan.Due:N0} due at one moment; on {Environment.ProcessorCount} cores, load {Load()}");
        try
        {
            var body = Path.Combine(folder, "envelope.json");
            // The floor always runs: every ratio is to it, and the raw publisher sends the bytes MassTransit sent.
            results.Add(await ContenderAsync("masstransit", plan.Due, $"{name}_mt", null, body, cancellationToken));
            results.Add(await ContenderAsync("raw", plan.Due, $"{name}_raw", null, body, cancellationToken));
            var worker = new WorkerContender(plan, databases, folder);
            if (Runs("worker"))
            {
                Console.WriteLine("the service, one worker process");
                results.Add(await worker.RunAsync(1, $"{name}_w1", $"{name}_w1", broker, cancellationToken));
            }
            if (Runs("workers"))
            {
                Console.WriteLine("the service, two worker processes");
                results.Add(await worker.RunAsync(2, $"{name}_w2", $"{name}_w2", broker, cancellationToken));
            }
            if (Runs("quartz"))
            {
                var quartz = await databases.CreateAsync($"{name}_quartz", cancellationToken);
                Databases.Migrate(quartz);
                results.Add(await ContenderAsync("quartz", plan.Quartz, $"{name}_quartz", quartz, null, cancellationToken));
            }
            if (Runs("hangfire"))
            {
                var hangfire = await databases.CreateAsync($"{name}_hangfire", cancellationToken);
                results.Add(await ContenderAsync("hangfire", plan.Hangfire, $"{name}_hangfire", hangfire, null, cancellationToken));
            }
            // The floor again at the end: the machine's load drifts over a run; the ratios use the faster of the two.
            results.Add(await ContenderAsync("raw", plan.Due, $"{name}_raw2", null, body, cancellationToken) with { Name = "raw RabbitMQ.Client, confirms, again at the end" });
            Print(results);
            return 0;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Console.Error.WriteLine("interrupted; cleaning up");
            return 130;
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"the comparison failed: {e}");
            return 1;
        }
        finally
        {
            await databases.DropAllAsync();
            Directory.Delete(folder, recursive: true);
            Console.WriteLine($"removed the run's databases, virtual hosts and {folder}");
        }

        // One contender that is not the service: its own virtual host, its own process, its messages counted at the sink.
        async Task<Measured> ContenderAsync(string kind, int count, string virtualHost, string? postgres, string? body, CancellationToken ct)
        {
            Console.WriteLine($"{kind}: {count:N0} deadlines");
            await broker.CreateVirtualHostAsync(virtualHost, ct);
            try
            {
                await using var sink = await Sink.OpenAsync(plan.AmqpPort, virtualHost, kind == "masstransit" ? body : null, ct);
                var settings = new ContenderSettings(kind, plan.AmqpPort, virtualHost, count, Path.Combine(folder, $"{kind}.result.json"), postgres, body);
                var file = Path.Combine(folder, $"{kind}.settings.json");
                await File.WriteAllTextAsync(file, JsonSerializer.Serialize(settings), ct);
                await using var process = ChildProcess.Start(typeof(ComparisonRun).Assembly.Location, $"contender \"{file}\"", new Dictionary<string, string>(), folder, "  ");
                var exit = await process.WaitForExitAsync(TimeSpan.FromMinutes(45), ct);
                if (exit != 0)
                {
                    throw new InvalidOperationException($"{kind} failed with exit code {exit}");
                }
                if (!await sink.WaitForAsync(count, TimeSpan.FromSeconds(30), ct))
                {
                    throw new InvalidOperationException($"{kind}: only {sink.Count:N0} of {count:N0} messages reached the queue");
                }
                return JsonSerializer.Deserialize<Measured>(await File.ReadAllTextAsync(settings.Result, ct))!;
            }
            finally
            {
                await broker.DeleteVirtualHostAsync(virtualHost);
            }
        }
    }

    /// <summary><c>COMPARISON_ONLY</c> (e.g. <c>worker,quartz</c>) runs some contenders besides the floor, to look into one; unset runs all.</summary>
    private static bool Runs(string contender) =>
        Environment.GetEnvironmentVariable("COMPARISON_ONLY") is not { Length: > 0 } only || only.Split(',').Contains(contender);

    private static void Print(List<Measured> results)
    {
        var raw = results.Where(r => r.Name.StartsWith("raw", StringComparison.Ordinal)).Max(r => r.PerSecond);
        Console.WriteLine();
        Console.WriteLine("| contender | count | seconds | messages/s | of raw | peak RSS (MB) | note |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | --- |");
        foreach (var r in results)
        {
            Console.WriteLine(FormattableString.Invariant(
                $"| {r.Name} | {r.Count:N0} | {r.Seconds:F2} | {r.PerSecond:N0} | {r.PerSecond / raw:P0} | {r.PeakRssMb:N0} | {r.Note} |"));
        }
        double? Rate(string prefix) => results.FirstOrDefault(r => r.Name.StartsWith(prefix, StringComparison.Ordinal))?.PerSecond;
        var one = Rate("Consultation.Worker, one");
        var two = Rate("Consultation.Worker, 2");
        var quartz = Rate("Quartz");
        var hangfire = Rate("Hangfire");
        string Figure(double? rate) => rate is { } r ? r.ToString("F0", CultureInfo.InvariantCulture) : "not run";
        Console.WriteLine();
        if (one is { } worker)
        {
            Console.WriteLine(FormattableString.Invariant($"targets: one worker {worker / raw:P0} of raw (≥ 60 %)")
                + (two is { } both ? FormattableString.Invariant($"; two workers {both / worker:F2}× one (> 1)") : "")
                + (hangfire is { } h ? FormattableString.Invariant($"; {worker / h:N0}× Hangfire (≥ 50×)") : "")
                + (quartz is { } q ? FormattableString.Invariant($"; {worker / q:N1}× Quartz (≥ 5×)") : ""));
        }
        Console.WriteLine(FormattableString.Invariant($"comparison: raw {raw:F0}/s, worker {Figure(one)}/s (")
            + (one is { } w ? (w / raw).ToString("F2", CultureInfo.InvariantCulture) : "-")
            + $" of raw), two workers {Figure(two)}/s, quartz {Figure(quartz)}/s, hangfire {Figure(hangfire)}/s");
    }

    private static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}

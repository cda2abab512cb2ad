using System.Diagnostics;
using System.Globalization;
using Consultation.Core.Escalations;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Consultation.Comparison;

/// <summary>
/// The service itself: the built Consultation.Worker, one or more processes, with the production settings of
/// deploy/consultation.env and worker.env (PostgreSQL, RabbitMQ with quorum queues, mail to a pickup folder
/// instead of an SMTP server; everything else at its default, the 30-second scan included). The deadline
/// falls while the workers run; the time is from the first escalation the scan records until the last is
/// confirmed by the broker and marked, read from the rows themselves.
/// </summary>
internal sealed class WorkerContender(ComparisonPlan plan, Databases databases, string folder)
{
    /// <summary>How far ahead of the seeding the deadline is set: seeding and the workers' start must fit in it.</summary>
    private static readonly TimeSpan Lead = TimeSpan.FromSeconds(
        int.TryParse(Environment.GetEnvironmentVariable("COMPARISON_LEAD_SECONDS"), CultureInfo.InvariantCulture, out var lead) ? lead : 75);

    /// <summary>The worker built beside the harness, or another build (<c>COMPARISON_WORKER_DLL</c>), to compare two versions.</summary>
    private static readonly string WorkerProgram =
        Environment.GetEnvironmentVariable("COMPARISON_WORKER_DLL") is { Length: > 0 } other ? other : Path.Combine(AppContext.BaseDirectory, "Consultation.Worker.dll");

    public async Task<Measured> RunAsync(int workers, string database, string virtualHost, Broker broker, CancellationToken cancellationToken)
    {
        var connectionString = await databases.CreateAsync(database, cancellationToken);
        Databases.Migrate(connectionString);
        var dueAt = DateTimeOffset.UtcNow.Add(Lead);
        var seeding = Stopwatch.StartNew();
        await Seeder.SeedAsync(connectionString, plan.Open, plan.Due, dueAt, cancellationToken);
        Console.WriteLine($"  seeded {plan.Open:N0} open assignments, {plan.Due:N0} due at {dueAt:HH:mm:ss}, in {seeding.Elapsed.TotalSeconds:F1} s");
        var idle = await IdleScanAsync(connectionString, cancellationToken);
        Console.WriteLine($"  idle overdue scan over {plan.Open:N0} open, nothing due: median {idle.Median:F2} ms, p95 {idle.P95:F2} ms (50 scans)");

        await broker.CreateVirtualHostAsync(virtualHost, cancellationToken);
        var processes = new List<ChildProcess>();
        try
        {
            var ports = new List<int>();
            for (var i = 0; i < workers; i++)
            {
                var port = FreePort();
                ports.Add(port);
                processes.Add(ChildProcess.Start(WorkerProgram, "",
                    Settings(connectionString, virtualHost, port, i), folder, echoPrefix: null));
            }
            for (var i = 0; i < workers; i++)
            {
                await WaitUntilReadyAsync(processes[i], ports[i], cancellationToken);
            }
            if (DateTimeOffset.UtcNow >= dueAt)
            {
                throw new InvalidOperationException(
                    $"The deadline passed before the workers were ready; set COMPARISON_LEAD_SECONDS above {Lead.TotalSeconds:N0}.");
            }
            Console.WriteLine($"  {workers} worker process(es) ready; the deadline passes in {(dueAt - DateTimeOffset.UtcNow).TotalSeconds:N0} s");
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            var node = await broker.NodeAsync(cancellationToken);
            Dictionary<int, double>[] Cpu() => [CpuTime.OfProcesses(processes.Select(p => p.Id)), CpuTime.Of("postgres:", $" {database} "), CpuTime.WithEnvironment($"RABBITMQ_NODENAME={node}")];
            var before = Cpu();
            // The time is read from the rows afterwards; counting them once a second costs the database little.
            await Deadlines.WaitAsync($"{workers} worker(s)", () => Marked(connection), plan.Due, TimeSpan.FromMinutes(20), cancellationToken, pollMilliseconds: 1000);
            var after = Cpu();
            var peaks = processes.Select(p => PeakRss.Of(p.Id)).ToList();
            var (first, last, consumed) = Timeline(connection);
            var cpu = before.Zip(after, CpuTime.Between).ToArray();
            var stops = new List<TimeSpan>();
            foreach (var process in processes)
            {
                stops.Add(await process.StopAsync(TimeSpan.FromSeconds(15)));
            }
            return new Measured(workers == 1 ? "Consultation.Worker, one process" : $"Consultation.Worker, {workers} processes", plan.Due,
                (last - first).TotalSeconds, peaks.Max(),
                $"peak RSS {string.Join(" / ", peaks.Select(p => p.ToString("N0", CultureInfo.InvariantCulture)))} MB; "
                + $"first scan {(first - dueAt).TotalSeconds:F1} s after the deadline (30 s interval), last mark {(last - dueAt).TotalSeconds:F1} s after; "
                + $"CPU from ready to done: workers {cpu[0]:F1} s, PostgreSQL {cpu[1]:F1} s, RabbitMQ {cpu[2]:F1} s; "
                + $"{consumed:N0} of {plan.Due:N0} consumed by then; stopped {string.Join(" / ", stops.Select(s => s.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)))} s after SIGTERM; "
                + $"idle scan median {idle.Median:F2} ms");
        }
        catch
        {
            foreach (var process in processes.Where(p => p.HasExited))
            {
                Console.Error.WriteLine($"worker {process.Id} stopped on its own:{Environment.NewLine}{process.Tail}");
            }
            throw;
        }
        finally
        {
            foreach (var process in processes)
            {
                await process.DisposeAsync();
            }
            await broker.DeleteVirtualHostAsync(virtualHost);
        }
    }

    /// <summary>The worker's settings; <c>COMPARISON_SET_Name__Sub=value</c> in the harness's environment adds or overrides one, for experiments.</summary>
    private Dictionary<string, string> Settings(string connectionString, string virtualHost, int port, int index)
    {
        var settings = Production(connectionString, virtualHost, port, index);
        foreach (var (name, value) in Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .Select(e => ((string)e.Key, (string?)e.Value ?? "")).Where(e => e.Item1.StartsWith("COMPARISON_SET_", StringComparison.Ordinal)))
        {
            settings[name["COMPARISON_SET_".Length..]] = value;
        }
        return settings;
    }

    private Dictionary<string, string> Production(string connectionString, string virtualHost, int port, int index) => new()
    {
        ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
        ["DOTNET_ENVIRONMENT"] = "Production",
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["Database__Provider"] = "PostgreSql",
        ["ConnectionStrings__Consultation"] = connectionString,
        ["Demo__Seed"] = "false",
        ["Messaging__Transport"] = "RabbitMq",
        ["Messaging__RabbitMq__Host"] = "127.0.0.1",
        ["Messaging__RabbitMq__Port"] = plan.AmqpPort.ToString(CultureInfo.InvariantCulture),
        ["Messaging__RabbitMq__VirtualHost"] = virtualHost,
        ["Messaging__RabbitMq__QuorumQueues"] = "true",
        ["Mail__From"] = "lay-y-kien@comparison.test",
        ["Mail__PickupDirectory"] = Directory.CreateDirectory(Path.Combine(folder, $"mail-{index}")).FullName,
    };

    private static int Marked(NpgsqlConnection connection)
    {
        using var count = new NpgsqlCommand("SELECT COUNT(*) FROM escalations WHERE published_at IS NOT NULL", connection);
        return Convert.ToInt32(count.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>When the first escalation was recorded and the last marked published, and how many events the consumers had recorded mail for.</summary>
    private static (DateTimeOffset First, DateTimeOffset Last, int Consumed) Timeline(NpgsqlConnection connection)
    {
        // Every row of one scan carries the moment the scan began.
        using var command = new NpgsqlCommand(
            "SELECT MIN(created_at), MAX(published_at), (SELECT COUNT(DISTINCT source_id) FROM mail_items) FROM escalations", connection);
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetFieldValue<DateTimeOffset>(0), reader.GetFieldValue<DateTimeOffset>(1), Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture));
    }

    private async Task<(double Median, double P95)> IdleScanAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var core = Databases.Core(connectionString);
        var scanner = core.GetRequiredService<EscalationScanner>();
        var times = new List<double>();
        for (var i = 0; i < 50; i++)
        {
            var started = Stopwatch.GetTimestamp();
            if (await scanner.ScanOverdueAsync(cancellationToken) != 0)
            {
                throw new InvalidOperationException("Nothing should be due yet: the seeding took longer than the lead.");
            }
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        times.Sort();
        return (times[times.Count / 2], times[(int)(times.Count * 0.95)]);
    }

    private static async Task WaitUntilReadyAsync(ChildProcess process, int port, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var waiting = Stopwatch.StartNew();
        while (waiting.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The worker stopped while starting:{Environment.NewLine}{process.Tail}");
            }
            try
            {
                if ((await http.GetAsync(new Uri($"http://127.0.0.1:{port}/health/ready"), cancellationToken)).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
            }
            await Task.Delay(250, cancellationToken);
        }
        throw new TimeoutException($"The worker was not ready within 60 s:{Environment.NewLine}{process.Tail}");
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}

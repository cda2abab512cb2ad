using System.Diagnostics;
using Consultation.Core;
using Consultation.Core.Data;
using Consultation.Core.Escalations;
using Consultation.Worker.Hosting;
using Consultation.Worker.Outbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Consultation.EscalationLoad;

internal sealed class LoadRun(string server, int rabbitPort, int open, int due)
{
    public async Task RunAsync()
    {
        var database = $"consultation_load_{DateTime.UtcNow:yyyyMMddHHmmss}";
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = database, MaxPoolSize = 20 }.ConnectionString;
        var clock = new SettableClock();
        var dueMoment = new DateTimeOffset(2026, 12, 8, 17, 0, 0, TimeSpan.Zero);
        var queuePrefix = database.Replace('_', '-');
        using var host = Build(connectionString, clock, queuePrefix);
        try
        {
            await MeasureAsync(host, connectionString, clock, dueMoment);
        }
        finally
        {
            // Whatever happened, the run's database and queues go: a queue left bound keeps every message.
            await host.StopAsync();
            await LoadQueues.DeleteAsync(rabbitPort, queuePrefix);
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ConnectionString);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }

    private async Task MeasureAsync(IHost host, string connectionString, SettableClock clock, DateTimeOffset dueMoment)
    {
        host.Services.GetRequiredService<SchemaMigrator>().Migrate();
        var seeding = Stopwatch.StartNew();
        await Seeder.SeedAsync(connectionString, open, due, dueMoment);
        Console.WriteLine($"seeded {open:N0} open assignments ({due:N0} due at {dueMoment:O}) in {seeding.Elapsed.TotalSeconds:F1} s");
        await host.StartAsync();
        var scanner = host.Services.GetRequiredService<EscalationScanner>();
        var publisher = host.Services.GetRequiredService<EscalationPublisher>();
        var outbox = host.Services.GetRequiredService<EscalationOutbox>();

        if (Environment.GetEnvironmentVariable("LOAD_RAW") == "1")
        {
            var bus = host.Services.GetRequiredService<MassTransit.IBus>();
            var message = new Consultation.Contracts.AssignmentOverdue(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "1/X", "Tiêu đề", "A", "Cơ quan A", "B", "Cơ quan B", dueMoment, 1, 1);
            for (var round = 0; round < 3; round++)
            {
                var raw = Stopwatch.StartNew();
                for (var b = 0; b < 10; b++)
                {
                    await Task.WhenAll(Enumerable.Range(0, 1000).Select(_ => bus.Publish(message with { EscalationId = Guid.NewGuid() })));
                }
                Console.WriteLine($"raw MassTransit publish, 1,000 in flight: {10_000 / raw.Elapsed.TotalSeconds:N0}/s");
            }
        }
        clock.Now = dueMoment.AddHours(-1);
        var idle = new List<double>();
        for (var i = 0; i < 50; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var found = await scanner.ScanOverdueAsync();
            idle.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (found != 0)
            {
                throw new InvalidOperationException("Nothing should be due yet.");
            }
        }
        idle.Sort();
        Console.WriteLine($"idle overdue scan over {open:N0} open assignments: median {idle[idle.Count / 2]:F2} ms, p95 {idle[(int)(idle.Count * 0.95)]:F2} ms");

        clock.Now = dueMoment.AddHours(1);
        if (Environment.GetEnvironmentVariable("LOAD_PHASED") == "1")
        {
            var phase = Stopwatch.StartNew();
            var scanned = await scanner.ScanOverdueAsync();
            Console.WriteLine($"phased: scan recorded {scanned:N0} in {phase.Elapsed.TotalSeconds:F2} s");
            phase.Restart();
            Func<Task<int>> publish = Environment.GetEnvironmentVariable("LOAD_DB_ONLY") == "1"
                ? () => MarkOnlyAsync(outbox)
                : () => publisher.PublishPendingAsync(CancellationToken.None);
            var sent = await Task.WhenAll(Task.Run(publish), Task.Run(publish));
            Console.WriteLine($"phased: published {sent.Sum():N0} in {phase.Elapsed.TotalSeconds:F2} s");
            return;
        }
        var run = Stopwatch.StartNew();
        var scanElapsed = TimeSpan.Zero;
        var scan = Task.Run(async () =>
        {
            var recorded = await scanner.ScanOverdueAsync();
            scanElapsed = run.Elapsed;
            return recorded;
        });
        async Task<int> PublishUntilDrainedAsync()
        {
            var published = 0;
            while (true)
            {
                var batch = await publisher.PublishPendingAsync(CancellationToken.None);
                published += batch;
                if (batch == 0 && scan.IsCompleted && (await outbox.BacklogAsync()).Count == 0)
                {
                    return published;
                }
            }
        }
        var publishers = await Task.WhenAll(Task.Run(PublishUntilDrainedAsync), Task.Run(PublishUntilDrainedAsync));
        var recorded = await scan;
        run.Stop();
        Console.WriteLine($"escalated {recorded:N0} and published {publishers.Sum():N0} with confirms in {run.Elapsed.TotalSeconds:F2} s "
            + $"({publishers.Sum() / run.Elapsed.TotalSeconds:N0}/s; two publishers, one scanner; the scan alone took {scanElapsed.TotalSeconds:F2} s)");
    }

    private IHost Build(string connectionString, SettableClock clock, string queuePrefix)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:Consultation"] = connectionString,
            ["Messaging:Transport"] = "RabbitMq",
            ["Messaging:RabbitMq:Host"] = "127.0.0.1",
            ["Messaging:RabbitMq:Port"] = rabbitPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Worker:RunJobs"] = "false",
            ["Escalation:BatchSize"] = "1000",
            ["Messaging:QueuePrefix"] = queuePrefix,
        });
        builder.Services.AddConsultationCore(builder.Configuration, "unused.db");
        builder.Services.AddConsultationWorker(builder.Configuration);
        builder.Services.RemoveAll<TimeProvider>();
        builder.Services.AddSingleton<TimeProvider>(clock);
        return builder.Build();
    }

    /// <summary>The database's share of publishing: claims and marks every batch as if the broker had confirmed it.</summary>
    private static async Task<int> MarkOnlyAsync(EscalationOutbox outbox)
    {
        var total = 0;
        while (true)
        {
            await using var batch = await outbox.ClaimAsync();
            foreach (var escalation in batch.Escalations)
            {
                batch.Confirm(escalation.Id);
            }
            await batch.CompleteAsync();
            total += batch.Escalations.Count;
            if (!batch.IsFull)
            {
                return total;
            }
        }
    }
}

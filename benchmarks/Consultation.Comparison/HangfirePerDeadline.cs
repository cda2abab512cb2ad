using System.Diagnostics;
using Hangfire;
using Hangfire.PostgreSql;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Comparison;

/// <summary>
/// Hangfire with PostgreSQL storage, as one would use it for deadlines: one delayed job per deadline,
/// each publishing through MassTransit. Hangfire's defaults (ten workers here) except that due jobs
/// are looked for every second rather than every fifteen. The jobs are written before the server
/// starts and are all due when it does, which is when the time starts.
/// </summary>
public static class HangfirePerDeadline
{
    private static int Done;
    private static IBus? PublishingBus;
    private static DateTimeOffset DueAt;

    internal static async Task<Measured> RunAsync(ContenderSettings settings, CancellationToken cancellationToken)
    {
        using var host = Bus.Build(settings);
        await host.StartAsync(cancellationToken);
        PublishingBus = host.Services.GetRequiredService<IBus>();
        GlobalConfiguration.Configuration
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UsePostgreSqlStorage(o => o.UseNpgsqlConnection(settings.Postgres!));
        try
        {
            DueAt = DateTimeOffset.UtcNow;
            var client = new BackgroundJobClient();
            var writing = Stopwatch.StartNew();
            for (var n = 0; n < settings.Count; n++)
            {
                var deadline = n;
                client.Schedule(() => PublishAsync(deadline), DueAt);
            }
            writing.Stop();
            Console.WriteLine($"  hangfire: {settings.Count:N0} delayed jobs written in {writing.Elapsed.TotalSeconds:F1} s ({settings.Count / writing.Elapsed.TotalSeconds:N0}/s)");
            var clock = Stopwatch.StartNew();
            using (new BackgroundJobServer(new BackgroundJobServerOptions { SchedulePollingInterval = TimeSpan.FromSeconds(1) }))
            {
                await Deadlines.WaitAsync("hangfire", () => Volatile.Read(ref Done), settings.Count, TimeSpan.FromMinutes(30), cancellationToken);
                clock.Stop();
            }
            return new Measured("Hangfire, PostgreSQL storage, one delayed job per deadline", settings.Count, clock.Elapsed.TotalSeconds, 0,
                $"written at {settings.Count / writing.Elapsed.TotalSeconds:N0}/s beforehand");
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }

    /// <summary>The deadline's job (Hangfire calls it by name): publish the event and count it once the broker confirmed.</summary>
    public static async Task PublishAsync(int deadline)
    {
        await PublishingBus!.Publish(Deadlines.Overdue(deadline, DueAt));
        Interlocked.Increment(ref Done);
    }
}

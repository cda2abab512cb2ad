using System.Diagnostics;
using System.Globalization;
using Consultation.Core.Data;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Consultation.Comparison;

/// <summary>
/// Quartz with a durable PostgreSQL job store, as one would use it for deadlines: one job and one
/// trigger per deadline, each firing a MassTransit publish. Quartz's defaults otherwise (ten threads,
/// triggers acquired in batches of the pool's size). The triggers are written while the scheduler
/// stands by and all fall due at once when it starts, which is when the time starts.
/// </summary>
internal static class QuartzPerDeadline
{
    private const int WriteBatch = 1000;
    private static int Done;

    public static async Task<Measured> RunAsync(ContenderSettings settings, CancellationToken cancellationToken)
    {
        using var host = Bus.Build(settings, services => services.AddQuartz(q =>
        {
            q.UsePersistentStore(store =>
            {
                store.ConfigureStore(o =>
                {
                    o.TablePrefix = QuartzJobStoreSchema.TablePrefix;
                    o.StoreJobDataAsStrings = true;
                    // Written before the start and due at once: late on purpose, not misfired.
                    o.MisfireThreshold = TimeSpan.FromHours(1);
                });
                store.UsePostgres(settings.Postgres!);
            });
        }));
        await host.StartAsync(cancellationToken);
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(cancellationToken);
        try
        {
            var dueAt = DateTimeOffset.UtcNow;
            var writing = Stopwatch.StartNew();
            for (var first = 0; first < settings.Count; first += WriteBatch)
            {
                var jobs = new Dictionary<IJobDetail, IReadOnlyCollection<ITrigger>>();
                for (var n = first; n < Math.Min(settings.Count, first + WriteBatch); n++)
                {
                    var job = JobBuilder.Create<PublishWhenDue>().WithIdentity($"deadline-{n}", "comparison")
                        .UsingJobData("n", n.ToString(CultureInfo.InvariantCulture)).Build();
                    jobs[job] = [TriggerBuilder.Create().WithIdentity($"deadline-{n}", "comparison").StartAt(dueAt).Build()];
                }
                await scheduler.ScheduleJobs(jobs, new ScheduleJobOptions(), cancellationToken);
            }
            writing.Stop();
            Console.WriteLine($"  quartz: {settings.Count:N0} jobs and triggers written in {writing.Elapsed.TotalSeconds:F1} s ({settings.Count / writing.Elapsed.TotalSeconds:N0}/s)");
            var clock = Stopwatch.StartNew();
            await scheduler.Start(cancellationToken);
            await Deadlines.WaitAsync("quartz", () => Volatile.Read(ref Done), settings.Count, TimeSpan.FromMinutes(30), cancellationToken);
            clock.Stop();
            return new Measured("Quartz, durable PostgreSQL store, one trigger per deadline", settings.Count, clock.Elapsed.TotalSeconds, 0,
                $"written at {settings.Count / writing.Elapsed.TotalSeconds:N0}/s beforehand");
        }
        finally
        {
            await scheduler.Shutdown(waitForJobsToComplete: false, CancellationToken.None);
            await host.StopAsync(CancellationToken.None);
        }
    }

    /// <summary>The deadline's job: publish the event and count it once the broker confirmed.</summary>
    private sealed class PublishWhenDue(IBus bus) : IJob
    {
        public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
        {
            var n = int.Parse(context.MergedJobDataMap.GetString("n")!, CultureInfo.InvariantCulture);
            await bus.Publish(Deadlines.Overdue(n, context.ScheduledFireTimeUtc ?? DateTimeOffset.UtcNow), cancellationToken);
            Interlocked.Increment(ref Done);
        }
    }
}

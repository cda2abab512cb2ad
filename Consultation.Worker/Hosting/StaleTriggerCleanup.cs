using Quartz;

namespace Consultation.Worker.Hosting;

/// <summary>
/// Removes from a clustered job store the triggers this version does not define. Earlier versions
/// named a trigger after its interval, so a changed interval (or a rolling deploy with two
/// settings) left the old trigger firing beside the new one; each job now has one fixed trigger,
/// replaced in place, and any other trigger of our jobs is unscheduled at start-up.
/// </summary>
public sealed class StaleTriggerCleanup(ISchedulerFactory schedulers, ILogger<StaleTriggerCleanup> logger) : IHostedService
{
    /// <summary>The trigger each job keeps: one per job, whatever its schedule.</summary>
    public static TriggerKey TriggerOf(JobKey job) => new($"{job.Name}-schedule", job.Group);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        foreach (var job in await scheduler.GetJobKeys(GroupMatcher<JobKey>.AnyGroup(), cancellationToken))
        {
            foreach (var trigger in await scheduler.GetTriggersOfJob(job, cancellationToken))
            {
                if (!trigger.Key.Equals(TriggerOf(job)))
                {
                    logger.LogWarning("Removing trigger {Trigger} of job {Job}: this version schedules the job with {Kept}", trigger.Key, job, TriggerOf(job));
                    await scheduler.UnscheduleJob(trigger.Key, cancellationToken);
                }
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

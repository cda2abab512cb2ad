using Consultation.Core.Escalations;
using Consultation.Worker.Outbox;
using Quartz;

namespace Consultation.Worker.Jobs;

/// <summary>Tells consulted agencies they have been asked, reminds them before the deadline, then publishes.</summary>
[DisallowConcurrentExecution]
public sealed class ReminderJob(EscalationScanner scanner, EscalationPublisher publisher, ILogger<ReminderJob> logger) : IJob
{
    public static readonly JobKey Key = new("reminders", "consultation");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var pipeline = WorkerResilience.Create(logger);
        var recorded = await pipeline.ExecuteAsync(async ct => await scanner.ScanNoticesAsync(ct), cancellationToken);
        var published = await publisher.DrainAsync(cancellationToken);
        context.Result = recorded + published;
        if (recorded + published > 0)
        {
            logger.LogInformation("Reminders recorded {Recorded} and published {Published}", recorded, published);
        }
    }
}

using Consultation.Worker.Outbox;
using Quartz;

namespace Consultation.Worker.Jobs;

/// <summary>Sends escalations left unpublished, e.g. while the broker was down.</summary>
[DisallowConcurrentExecution]
public sealed class OutboxPublishJob(EscalationPublisher publisher) : IJob
{
    public static readonly JobKey Key = new("outbox-publish", "consultation");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        context.Result = await publisher.DrainAsync(cancellationToken);
}

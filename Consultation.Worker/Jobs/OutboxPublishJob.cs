using Consultation.Worker.Outbox;
using Polly;
using Quartz;

namespace Consultation.Worker.Jobs;

/// <summary>Sends escalations left unpublished, e.g. while the broker was down.</summary>
[DisallowConcurrentExecution]
public sealed class OutboxPublishJob(EscalationPublisher publisher, ILogger<OutboxPublishJob> logger) : IJob
{
    public static readonly JobKey Key = new("outbox-publish", "consultation");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        context.Result = await PublishAsync(publisher, WorkerResilience.Create(logger), logger, cancellationToken);

    /// <summary>Publishes what is pending; a broker that stays down is logged, and the rows wait for the next run.</summary>
    public static async Task<int> PublishAsync(EscalationPublisher publisher, ResiliencePipeline pipeline, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            return await pipeline.ExecuteAsync(async ct => await publisher.PublishPendingAsync(ct), cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogError(e, "Publishing escalations failed; they stay in the outbox and are sent on the next run");
            return 0;
        }
    }
}

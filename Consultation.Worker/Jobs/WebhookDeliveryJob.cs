using Consultation.Worker.Webhooks;
using Quartz;

namespace Consultation.Worker.Jobs;

/// <summary>Posts the webhook deliveries that are due: new ones, and retries whose backoff has passed.</summary>
[DisallowConcurrentExecution]
public sealed class WebhookDeliveryJob(WebhookDispatcher dispatcher, ILogger<WebhookDeliveryJob> logger) : IJob
{
    public static readonly JobKey Key = new("webhook-delivery", "consultation");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var run = await dispatcher.RunAsync(cancellationToken);
            if (run.Delivered + run.Retrying + run.Failed > 0)
            {
                logger.LogInformation("Webhook run: {Delivered} delivered, {Retrying} to retry, {Failed} given up", run.Delivered, run.Retrying, run.Failed);
            }
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // Everything is in the database: what this run could not do, the next one does.
            logger.LogError(e, "The webhook run failed; due deliveries wait for the next run");
        }
    }
}

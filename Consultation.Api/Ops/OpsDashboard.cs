using Consultation.Core.Mail;
using Consultation.Core.Operations;
using Consultation.Core.Telemetry;
using Consultation.Core.Webhooks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Consultation.Api.Ops;

/// <summary>Reads the pipeline, the broker's queues, failed mails and webhook deliveries, job runs, on-time rates and health for one page view.</summary>
public sealed class OpsDashboard(
    PipelineQueries pipeline, MailQueue mail, WebhookOutbox webhooks, BrokerQueues broker, JobRunStore jobs, OnTimeRates onTime,
    HealthCheckService health, TimeProvider clock)
{
    /// <summary>Marks a check ops see on this page though it is not part of readiness.</summary>
    public const string ShownTag = "ops";

    public async Task<OpsView> ReadAsync(CancellationToken cancellationToken)
    {
        var queues = await broker.ListAsync(cancellationToken);
        return new OpsView(
            await pipeline.StatusAsync(cancellationToken),
            await mail.BacklogAsync(cancellationToken),
            broker.Configured,
            queues.Queues,
            queues.Error,
            await mail.FailedAsync(50, cancellationToken),
            await webhooks.FailedAsync(50, cancellationToken),
            await webhooks.BacklogAsync(cancellationToken),
            await jobs.LatestAsync(5, cancellationToken),
            await onTime.ListAsync(cancellationToken),
            await health.CheckHealthAsync(check => check.Tags.Contains("ready") || check.Tags.Contains(ShownTag), cancellationToken),
            clock.GetUtcNow());
    }
}

using Consultation.Core.Mail;
using Consultation.Core.Operations;
using Consultation.Core.Telemetry;
using Consultation.Core.Webhooks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Consultation.Api.Ops;

/// <summary>Everything the ops page shows, gathered before rendering.</summary>
public sealed record OpsView(
    PipelineStatus Pipeline,
    MailBacklog? Mail,
    bool BrokerConfigured,
    IReadOnlyList<QueueStat>? Queues,
    string? QueueError,
    IReadOnlyList<FailedMail> FailedMails,
    IReadOnlyList<FailedDelivery> FailedWebhooks,
    (int Pending, int Failed) Webhooks,
    IReadOnlyList<JobRun> JobRuns,
    IReadOnlyList<AgencyOnTimeRate> OnTime,
    HealthReport Health,
    DateTimeOffset Now);

using Consultation.Core.Escalations;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Consultation.Worker.Hosting;

/// <summary>Degraded when escalations have waited in the outbox for longer than a few publish rounds.</summary>
public sealed class OutboxHealthCheck(EscalationOutbox outbox, TimeProvider clock) : IHealthCheck
{
    private static readonly TimeSpan Tolerated = TimeSpan.FromMinutes(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var (count, oldest) = await outbox.BacklogAsync(cancellationToken);
        var data = new Dictionary<string, object> { ["unpublished"] = count };
        return oldest is { } since && clock.GetUtcNow() - since > Tolerated
            ? HealthCheckResult.Degraded($"{count} escalations unpublished, the oldest since {since:O}.", data: data)
            : HealthCheckResult.Healthy(data: data);
    }
}

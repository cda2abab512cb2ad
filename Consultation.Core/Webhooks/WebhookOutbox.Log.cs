using Dapper;

namespace Consultation.Core.Webhooks;

public sealed partial class WebhookOutbox
{
    /// <summary>The latest deliveries to one endpoint, newest first, each with its attempts.</summary>
    public async Task<IReadOnlyList<DeliveryLogEntry>> LogAsync(Guid endpointId, int take = 100, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var deliveries = (await connection.QueryAsync<DeliveryLogEntry>(
            $"""
            SELECT {db.Dialect.Top(take)} id, event_id, event_type, status, attempts, created_at, delivered_at,
                CASE WHEN status = 'pending' THEN next_attempt_at END AS next_attempt_at, last_status_code, last_error
            FROM webhook_deliveries WHERE endpoint_id = @endpointId ORDER BY created_at DESC, id DESC {db.Dialect.Limit(take)}
            """,
            new { endpointId })).AsList();
        if (deliveries.Count == 0)
        {
            return [];
        }
        var attempts = (await connection.QueryAsync<AttemptRow>(
            $"""
            SELECT delivery_id, attempted_at, status_code, error FROM webhook_attempts
            WHERE {db.Dialect.InList("delivery_id", "ids")} ORDER BY attempted_at, id
            """,
            new { ids = db.Dialect.Ids(deliveries.Select(d => d.Id)) })).ToLookup(a => a.DeliveryId);
        return deliveries
            .Select(d => d with { Log = attempts[d.Id].Select(a => new DeliveryAttempt(a.AttemptedAt, a.StatusCode, a.Error)).ToList() })
            .ToList();
    }

    /// <summary>The most recent failed deliveries, newest first.</summary>
    public async Task<IReadOnlyList<FailedDelivery>> FailedAsync(int take = 100, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<FailedDelivery>(
            $"""
            SELECT {db.Dialect.Top(take)} d.id, e.agency_code, e.url, d.event_type, d.attempts, d.created_at, d.last_error
            FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id
            WHERE d.status = 'failed' ORDER BY d.created_at DESC {db.Dialect.Limit(take)}
            """);
        return rows.AsList();
    }

    /// <summary>
    /// Re-drives a failed delivery: pending again, with a fresh period before it is given up, under the
    /// same webhook-id. A delivery that is not failed (pending, delivered, cancelled, unknown) is left alone.
    /// </summary>
    public async Task<bool> RetryFailedAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var connection = await db.OpenAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(
            "UPDATE webhook_deliveries SET status = 'pending', attempts = 0, next_attempt_at = @now, give_up_at = @giveUpAt WHERE id = @id AND status = 'failed'",
            new { id, now, giveUpAt = now + options.Value.GiveUpAfter });
        return changed == 1;
    }

    private sealed record AttemptRow
    {
        public Guid DeliveryId { get; init; }
        public DateTimeOffset AttemptedAt { get; init; }
        public int? StatusCode { get; init; }
        public string? Error { get; init; }
    }
}

using System.Data.Common;
using Dapper;

namespace Consultation.Core.Webhooks;

public sealed partial class WebhookOutbox
{
    /// <summary>
    /// Claims up to <paramref name="count"/> due deliveries to live endpoints, counting an attempt and
    /// holding them for <paramref name="lease"/>: another worker skips them until then, and a worker that
    /// dies mid-post leaves them to be tried again once the lease runs out.
    /// </summary>
    public async Task<IReadOnlyList<ClaimedDelivery>> ClaimDueAsync(int count, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        var dialect = db.Dialect;
        var now = clock.GetUtcNow();
        var claim = $"""
            SELECT {dialect.Top(count)} d.id FROM webhook_deliveries d {dialect.ClaimHint}
            JOIN webhook_endpoints e ON e.id = d.endpoint_id
            WHERE d.status = 'pending' AND d.next_attempt_at <= @now AND e.deleted_at IS NULL
            ORDER BY d.next_attempt_at {dialect.Limit(count)} {dialect.ClaimSuffix("d")}
            """;
        return await db.InTransactionAsync<IReadOnlyList<ClaimedDelivery>>(async (connection, transaction) =>
        {
            var ids = (await connection.QueryAsync<Guid>(claim, new { now }, transaction)).AsList();
            if (ids.Count == 0)
            {
                return [];
            }
            var parameters = new { ids = dialect.Ids(ids), until = now + lease };
            await connection.ExecuteAsync(
                $"UPDATE webhook_deliveries SET attempts = attempts + 1, next_attempt_at = @until WHERE {dialect.InList("id", "ids")}", parameters, transaction);
            var rows = await connection.QueryAsync<ClaimedDelivery>(
                $"""
                SELECT d.id, e.url, e.secret_protected, d.payload, d.attempts, d.created_at, d.give_up_at
                FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id
                WHERE {dialect.InList("d.id", "ids")} ORDER BY d.next_attempt_at, d.id
                """, parameters, transaction);
            return rows.AsList();
        }, cancellationToken);
    }

    /// <summary>The receiver answered 2xx: delivered, called right away to keep the re-post gap to one delivery.</summary>
    public Task<bool> MarkDeliveredAsync(Guid id, int statusCode, CancellationToken cancellationToken = default) =>
        AttemptedAsync(id, "status = 'delivered', delivered_at = @now, last_status_code = @statusCode, last_error = NULL", new { statusCode }, statusCode, null, cancellationToken);

    /// <summary>
    /// The attempt failed (<paramref name="statusCode"/> null when no answer came): tried again after the
    /// backoff, or, once the delivery's time is up, marked failed for ops to re-drive; true then.
    /// </summary>
    public async Task<bool> MarkAttemptFailedAsync(ClaimedDelivery delivery, int? statusCode, string error, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var giveUp = now >= delivery.GiveUpAt;
        var next = now + options.Value.RetryDelay(delivery.Attempts);
        var status = giveUp ? "failed" : "pending";
        await AttemptedAsync(delivery.Id, "status = @status, next_attempt_at = @next, last_status_code = @statusCode, last_error = @error",
            new { status, next, statusCode, error = Truncate(error) }, statusCode, Truncate(error), cancellationToken);
        return giveUp;
    }

    /// <summary>Hands back claimed deliveries that were not attempted (the run stopped early), without counting an attempt.</summary>
    public async Task ReleaseAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            return;
        }
        await using var connection = await db.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            $"UPDATE webhook_deliveries SET attempts = attempts - 1, next_attempt_at = @now WHERE status = 'pending' AND {db.Dialect.InList("id", "ids")}",
            new { now = clock.GetUtcNow(), ids = db.Dialect.Ids(ids) });
    }

    private Task<bool> AttemptedAsync(Guid id, string set, object values, int? statusCode, string? error, CancellationToken cancellationToken) =>
        db.InTransactionAsync(async (connection, transaction) =>
        {
            var now = clock.GetUtcNow();
            var parameters = new DynamicParameters(values);
            parameters.AddDynamicParams(new { id, now });
            var changed = await connection.ExecuteAsync(
                $"UPDATE webhook_deliveries SET {set} WHERE id = @id AND status = 'pending'", parameters, transaction);
            if (changed == 1)
            {
                await AppendAttemptAsync(connection, transaction, id, now, statusCode, error);
            }
            return changed == 1;
        }, cancellationToken);

    private static Task AppendAttemptAsync(DbConnection connection, DbTransaction transaction, Guid deliveryId, DateTimeOffset at, int? statusCode, string? error) =>
        connection.ExecuteAsync(
            "INSERT INTO webhook_attempts (id, delivery_id, attempted_at, status_code, error) VALUES (@id, @deliveryId, @at, @statusCode, @error)",
            new { id = Guid.CreateVersion7(at), deliveryId, at, statusCode, error }, transaction);
}

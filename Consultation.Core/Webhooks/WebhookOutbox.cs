using Consultation.Core.Data;
using Dapper;
using Microsoft.Extensions.Options;

namespace Consultation.Core.Webhooks;

/// <summary>
/// The durable path of webhook deliveries, with the discipline of the mail queue: a consumer records one
/// delivery per event and subscribed endpoint before it acknowledges the event; the delivery job claims
/// due rows under a lease, posts them, and marks each delivered right after a 2xx. A process that dies
/// between any two steps leaves a row the next run picks up; the one gap is between the receiver's 2xx
/// and the mark, where a crash posts that delivery again under the same webhook-id.
/// </summary>
public sealed partial class WebhookOutbox(Db db, TimeProvider clock, IOptions<WebhookOptions> options)
{
    private const int MaxErrorLength = 2000;

    // As in the mail queue: on SQLite one consumer at a time waits for the write lock, without a thread each.
    private readonly SemaphoreSlim? _sqliteWriter = db.Dialect.Provider == DatabaseProvider.Sqlite ? new SemaphoreSlim(1, 1) : null;

    /// <summary>
    /// Records a delivery of each event to each live endpoint of its agency subscribed to its type. A
    /// redelivered or republished event adds nothing: each (event, endpoint) pair is kept once.
    /// Returns how many deliveries were new.
    /// </summary>
    public async Task<int> RecordAsync(IReadOnlyList<WebhookEvent> events, CancellationToken cancellationToken = default)
    {
        if (events.Count == 0)
        {
            return 0;
        }
        if (_sqliteWriter is null)
        {
            return await RecordInTransactionAsync(events, cancellationToken);
        }
        await _sqliteWriter.WaitAsync(cancellationToken);
        try
        {
            return await RecordInTransactionAsync(events, cancellationToken);
        }
        finally
        {
            _sqliteWriter.Release();
        }
    }

    private Task<int> RecordInTransactionAsync(IReadOnlyList<WebhookEvent> events, CancellationToken cancellationToken) =>
        db.InTransactionAsync(async (connection, transaction) =>
        {
            var now = clock.GetUtcNow();
            var agencies = events.Select(e => e.AgencyCode).Distinct().ToArray();
            var endpoints = (await connection.QueryAsync<SubscribedEndpoint>(
                $"SELECT id, agency_code, event_types FROM webhook_endpoints WHERE deleted_at IS NULL AND {db.Dialect.InList("agency_code", "agencies")}",
                new { agencies }, transaction)).ToLookup(e => e.AgencyCode);
            var rows = events
                .SelectMany(e => endpoints[e.AgencyCode]
                    .Where(endpoint => endpoint.EventTypes.Split(',').Contains(e.Type, StringComparer.Ordinal))
                    .Select(endpoint => new
                    {
                        Id = Guid.CreateVersion7(now),
                        EndpointId = endpoint.Id,
                        e.EventId,
                        EventType = e.Type,
                        Payload = e.Body,
                        CreatedAt = now,
                        GiveUpAt = now + options.Value.GiveUpAfter,
                    }))
                .ToList();
            if (rows.Count == 0)
            {
                return 0;
            }
            return await connection.ExecuteAsync(
                $"""
                {db.Dialect.InsertIgnoringDuplicates} webhook_deliveries (id, endpoint_id, event_id, event_type, payload, status, attempts, created_at, next_attempt_at, give_up_at)
                VALUES (@Id, @EndpointId, @EventId, @EventType, @Payload, 'pending', 0, @CreatedAt, @CreatedAt, @GiveUpAt) {db.Dialect.IgnoreDuplicatesSuffix}
                """,
                rows, transaction);
        }, cancellationToken);

    /// <summary>What waits and what failed: for the ops page.</summary>
    public async Task<(int Pending, int Failed)> BacklogAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var pending = await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM webhook_deliveries WHERE status = 'pending'");
        var failed = await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM webhook_deliveries WHERE status = 'failed'");
        return (pending, failed);
    }

    private sealed record SubscribedEndpoint
    {
        public Guid Id { get; init; }
        public required string AgencyCode { get; init; }
        public required string EventTypes { get; init; }
    }

    private static string? Truncate(string? error) => error is { Length: > MaxErrorLength } ? error[..MaxErrorLength] : error;
}

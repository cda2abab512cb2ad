using Consultation.Core.Auditing;
using Consultation.Core.Data;
using Dapper;

namespace Consultation.Core.Webhooks;

/// <summary>
/// Registered endpoints. Every read and change names the owning agency, or none for the admin, so an
/// agency asking for another agency's endpoint finds nothing. Every change is audited in its transaction.
/// </summary>
public sealed class WebhookEndpoints(Db db)
{
    private const string Columns = "id, agency_code, url, event_types, created_at";

    /// <summary>Adds the endpoint unless its agency already has <paramref name="max"/> live ones; false then.</summary>
    public Task<bool> AddAsync(WebhookEndpoint endpoint, string protectedSecret, int max, AuditEntry audit, CancellationToken cancellationToken = default) =>
        db.InTransactionAsync(async (connection, transaction) =>
        {
            var live = await connection.ExecuteScalarAsync<int>(
                "SELECT COUNT(*) FROM webhook_endpoints WHERE agency_code = @AgencyCode AND deleted_at IS NULL", endpoint, transaction);
            if (live >= max)
            {
                return false;
            }
            await connection.ExecuteAsync(
                """
                INSERT INTO webhook_endpoints (id, agency_code, url, event_types, secret_protected, created_at)
                VALUES (@Id, @AgencyCode, @Url, @EventTypes, @protectedSecret, @CreatedAt)
                """,
                new { endpoint.Id, endpoint.AgencyCode, endpoint.Url, EventTypes = string.Join(',', endpoint.EventTypes), protectedSecret, endpoint.CreatedAt },
                transaction);
            await AuditLog.AppendAsync(connection, transaction, audit);
            return true;
        }, cancellationToken);

    /// <summary>Live endpoints of <paramref name="agencyCode"/>, or of every agency when null (the admin).</summary>
    public async Task<IReadOnlyList<WebhookEndpoint>> ListAsync(string? agencyCode, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<EndpointRow>(
            $"""
            SELECT {Columns} FROM webhook_endpoints
            WHERE deleted_at IS NULL AND (@agencyCode IS NULL OR agency_code = @agencyCode) ORDER BY created_at, id
            """,
            new { agencyCode });
        return rows.Select(r => r.ToEndpoint()).ToList();
    }

    /// <summary>The live endpoint, if it exists and belongs to <paramref name="agencyCode"/> (any agency when null).</summary>
    public async Task<WebhookEndpoint?> FindAsync(Guid id, string? agencyCode, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<EndpointRow>(
            $"SELECT {Columns} FROM webhook_endpoints WHERE id = @id AND deleted_at IS NULL AND (@agencyCode IS NULL OR agency_code = @agencyCode)",
            new { id, agencyCode });
        return row?.ToEndpoint();
    }

    /// <summary>Deletes the endpoint and cancels what waits to be sent to it; its log stays readable to ops.</summary>
    public Task<bool> DeleteAsync(Guid id, string? agencyCode, AuditEntry audit, CancellationToken cancellationToken = default) =>
        db.InTransactionAsync(async (connection, transaction) =>
        {
            var changed = await connection.ExecuteAsync(
                "UPDATE webhook_endpoints SET deleted_at = @At WHERE id = @id AND deleted_at IS NULL AND (@agencyCode IS NULL OR agency_code = @agencyCode)",
                new { id, agencyCode, audit.At }, transaction);
            if (changed == 1)
            {
                await connection.ExecuteAsync(
                    "UPDATE webhook_deliveries SET status = 'cancelled' WHERE endpoint_id = @id AND status IN ('pending', 'failed')", new { id }, transaction);
                await AuditLog.AppendAsync(connection, transaction, audit);
            }
            return changed == 1;
        }, cancellationToken);

    /// <summary>
    /// Replaces the secret. Deliveries not yet sent are signed with the new one when they go: the old
    /// secret stops working at once, as a leaked secret should.
    /// </summary>
    public Task<bool> RotateSecretAsync(Guid id, string? agencyCode, string protectedSecret, AuditEntry audit, CancellationToken cancellationToken = default) =>
        db.InTransactionAsync(async (connection, transaction) =>
        {
            var changed = await connection.ExecuteAsync(
                "UPDATE webhook_endpoints SET secret_protected = @protectedSecret WHERE id = @id AND deleted_at IS NULL AND (@agencyCode IS NULL OR agency_code = @agencyCode)",
                new { id, agencyCode, protectedSecret }, transaction);
            if (changed == 1)
            {
                await AuditLog.AppendAsync(connection, transaction, audit);
            }
            return changed == 1;
        }, cancellationToken);

    private sealed record EndpointRow
    {
        public Guid Id { get; init; }
        public required string AgencyCode { get; init; }
        public required string Url { get; init; }
        public required string EventTypes { get; init; }
        public DateTimeOffset CreatedAt { get; init; }

        public WebhookEndpoint ToEndpoint() => new()
        {
            Id = Id,
            AgencyCode = AgencyCode,
            Url = Url,
            EventTypes = EventTypes.Split(',', StringSplitOptions.RemoveEmptyEntries),
            CreatedAt = CreatedAt,
        };
    }
}

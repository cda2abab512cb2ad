using Consultation.Core.Auditing;
using Consultation.Core.Data;
using Dapper;

namespace Consultation.Core.Auth;

public sealed class ApiKeyStore(Db db)
{
    public async Task<ApiKey?> FindAsync(string prefix, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<ApiKey>(
            $"""
            SELECT k.prefix, k.hash, k.role, k.agency_code, k.created_at, k.revoked_at, COALESCE(ag.active, {db.Dialect.True}) AS agency_active
            FROM api_keys k LEFT JOIN agencies ag ON ag.code = k.agency_code WHERE k.prefix = @prefix
            """,
            new { prefix });
    }

    public Task AddAsync(ApiKey key, AuditEntry audit, CancellationToken cancellationToken = default) =>
        db.InTransactionAsync(async (connection, transaction) =>
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO api_keys (prefix, hash, role, agency_code, created_at)
                VALUES (@Prefix, @Hash, @Role, @AgencyCode, @CreatedAt)
                """,
                key,
                transaction);
            await AuditLog.AppendAsync(connection, transaction, audit);
            return 0;
        }, cancellationToken);

    /// <summary>Revokes a live key; false when there is no such key or it was already revoked.</summary>
    public Task<bool> RevokeAsync(string prefix, AuditEntry audit, CancellationToken cancellationToken = default) =>
        db.InTransactionAsync(async (connection, transaction) =>
        {
            var changed = await connection.ExecuteAsync(
                "UPDATE api_keys SET revoked_at = @at WHERE prefix = @prefix AND revoked_at IS NULL",
                new { prefix, at = audit.At },
                transaction);
            if (changed == 1)
            {
                await AuditLog.AppendAsync(connection, transaction, audit);
            }
            return changed == 1;
        }, cancellationToken);
}

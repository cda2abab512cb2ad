using System.Data.Common;
using Consultation.Core.Data;
using Dapper;

namespace Consultation.Core.Idempotency;

public sealed class IdempotencyStore(Db db)
{
    /// <summary>
    /// Claims the key for a first attempt (returns null), or returns the request that claimed it
    /// earlier. The primary key decides between two attempts that arrive together.
    /// </summary>
    public async Task<IdempotentRequest?> ClaimAsync(IdempotentRequest request, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        try
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO idempotent_requests (caller, idem_key, request_hash, created_at)
                VALUES (@Caller, @IdemKey, @RequestHash, @CreatedAt)
                """,
                request);
            return null;
        }
        catch (DbException e) when (db.Dialect.IsUniqueViolation(e))
        {
            return await connection.QuerySingleAsync<IdempotentRequest>(
                """
                SELECT caller, idem_key, request_hash, status_code, content_type, location, body, created_at
                FROM idempotent_requests WHERE caller = @Caller AND idem_key = @IdemKey
                """,
                request);
        }
    }

    public async Task CompleteAsync(IdempotentRequest request, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            """
            UPDATE idempotent_requests SET status_code = @StatusCode, content_type = @ContentType, location = @Location, body = @Body
            WHERE caller = @Caller AND idem_key = @IdemKey
            """,
            request);
    }

    /// <summary>Forgets a claim whose attempt failed, so that a retry with the same key runs again.</summary>
    public async Task ReleaseAsync(string caller, string idemKey, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "DELETE FROM idempotent_requests WHERE caller = @caller AND idem_key = @idemKey AND status_code IS NULL",
            new { caller, idemKey });
    }
}

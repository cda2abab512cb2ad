using Consultation.Core.Data;
using Dapper;

namespace Consultation.Core.Idempotency;

public sealed class IdempotencyStore(Db db)
{
    // Two callers that keep meeting on one key (claim, release, claim) give up and see it in progress.
    private const int ClaimAttempts = 3;

    /// <summary>
    /// Claims the key for a first attempt (returns null), or returns the request that claimed it
    /// earlier. The primary key decides between two attempts that arrive together. A claim still
    /// unanswered since before <paramref name="abandonedBefore"/> was left by a crash, and a record
    /// from before <paramref name="expiredBefore"/> is forgotten: either is taken over.
    /// </summary>
    public async Task<IdempotentRequest?> ClaimAsync(
        IdempotentRequest request, DateTimeOffset abandonedBefore, DateTimeOffset expiredBefore, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        IdempotentRequest? earlier = null;
        for (var attempt = 0; attempt < ClaimAttempts; attempt++)
        {
            try
            {
                await connection.ExecuteAsync(
                    """
                    INSERT INTO idempotent_requests (caller, idem_key, request_hash, created_at, secret_withheld)
                    VALUES (@Caller, @IdemKey, @RequestHash, @CreatedAt, @no)
                    """,
                    new { request.Caller, request.IdemKey, request.RequestHash, request.CreatedAt, no = false });
                return null;
            }
            catch (System.Data.Common.DbException e) when (db.Dialect.IsUniqueViolation(e))
            {
                earlier = await connection.QuerySingleOrDefaultAsync<IdempotentRequest>(
                    """
                    SELECT caller, idem_key, request_hash, status_code, content_type, location, body, created_at, secret_withheld
                    FROM idempotent_requests WHERE caller = @Caller AND idem_key = @IdemKey
                    """,
                    request);
            }
            if (earlier is null)
            {
                // The first attempt failed and released the key between our insert and our read: try again.
                continue;
            }
            var abandoned = earlier.StatusCode is null && earlier.CreatedAt < abandonedBefore;
            if (!abandoned && earlier.CreatedAt >= expiredBefore)
            {
                return earlier;
            }
            // Only the record read is removed, so two takers cannot remove each other's fresh claim.
            await connection.ExecuteAsync(
                "DELETE FROM idempotent_requests WHERE caller = @Caller AND idem_key = @IdemKey AND created_at = @CreatedAt",
                earlier);
        }
        return earlier ?? request;
    }

    public async Task CompleteAsync(IdempotentRequest request, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            """
            UPDATE idempotent_requests SET status_code = @StatusCode, content_type = @ContentType, location = @Location, body = @Body,
                secret_withheld = @SecretWithheld
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

    /// <summary>Removes records made before <paramref name="before"/>; returns how many.</summary>
    public async Task<int> PruneAsync(DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync("DELETE FROM idempotent_requests WHERE created_at < @before", new { before });
    }
}

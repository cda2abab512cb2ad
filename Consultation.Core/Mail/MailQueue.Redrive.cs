using Dapper;

namespace Consultation.Core.Mail;

public sealed partial class MailQueue
{
    /// <summary>
    /// Re-drives a failed mail: it becomes pending again, with its attempts reset, and goes out on the
    /// next run under the same Message-ID. A failed mail was never accepted by the server, so this sends
    /// it once; a mail that is not failed (pending, sent, unknown) is left alone and false returned.
    /// </summary>
    public async Task<bool> RetryFailedAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(
            "UPDATE mails SET status = 'pending', attempts = 0, next_attempt_at = @now, last_error = NULL WHERE id = @id AND status = 'failed'",
            new { id, now = clock.GetUtcNow() });
        return changed == 1;
    }

    /// <summary>The most recent failed mails, newest first.</summary>
    public async Task<IReadOnlyList<FailedMail>> FailedAsync(int take = 100, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<FailedMail>(
            $"""
            SELECT {db.Dialect.Top(take)} id, recipient, item_count, attempts, created_at, last_error
            FROM mails WHERE status = 'failed' ORDER BY created_at DESC {db.Dialect.Limit(take)}
            """);
        return rows.AsList();
    }
}

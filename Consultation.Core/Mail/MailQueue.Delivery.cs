using Dapper;

namespace Consultation.Core.Mail;

public sealed partial class MailQueue
{
    /// <summary>
    /// Claims up to <paramref name="count"/> pending mails that are due, counting an attempt and
    /// holding them for <paramref name="lease"/>: another worker skips them until then, and a worker
    /// that dies mid-send leaves them to be retried once the lease runs out.
    /// </summary>
    public async Task<IReadOnlyList<QueuedMail>> ClaimDueAsync(int count, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        var dialect = db.Dialect;
        var now = clock.GetUtcNow();
        var claim = $"""
            SELECT {dialect.Top(count)} id FROM mails {dialect.ClaimHint}
            WHERE status = 'pending' AND next_attempt_at <= @now
            ORDER BY next_attempt_at {dialect.Limit(count)} {dialect.ClaimSuffix("mails")}
            """;
        return await db.InTransactionAsync<IReadOnlyList<QueuedMail>>(async (connection, transaction) =>
        {
            var ids = (await connection.QueryAsync<Guid>(claim, new { now }, transaction)).AsList();
            if (ids.Count == 0)
            {
                return [];
            }
            var parameters = new { ids = dialect.Ids(ids), until = now + lease };
            await connection.ExecuteAsync(
                $"UPDATE mails SET attempts = attempts + 1, next_attempt_at = @until WHERE {dialect.InList("id", "ids")}", parameters, transaction);
            var mails = (await connection.QueryAsync<MailRow>(
                $"SELECT id, recipient, attempts, created_at FROM mails WHERE {dialect.InList("id", "ids")} ORDER BY created_at", parameters, transaction)).AsList();
            var items = (await connection.QueryAsync<Guid, MailItem, (Guid MailId, MailItem Item)>(
                $"""
                SELECT mail_id, source_id, kind, role, consultation_id, recipient, recipient_name, payload, created_at
                FROM mail_items WHERE {dialect.InList("mail_id", "ids")} ORDER BY created_at, id
                """,
                (mailId, item) => (mailId, item), parameters, transaction, splitOn: "source_id")).ToLookup(i => i.MailId, i => i.Item);
            var reports = (await connection.QueryAsync<ReportMailRow>(
                $"SELECT mail_id, report_id, recipient_name FROM report_mails WHERE {dialect.InList("mail_id", "ids")}", parameters, transaction))
                .ToDictionary(r => r.MailId);
            return mails.Select(m => new QueuedMail(m.Id, m.Recipient, m.Attempts, m.CreatedAt, items[m.Id].ToList())
            {
                Report = reports.TryGetValue(m.Id, out var report) ? new QueuedReport(report.ReportId, report.RecipientName) : null,
            }).ToList();
        }, cancellationToken);
    }

    /// <summary>Marks the mail sent; called right after the SMTP server accepted it, to keep the resend gap to one mail.</summary>
    public Task<bool> MarkSentAsync(Guid id, CancellationToken cancellationToken = default) =>
        UpdatePendingAsync(id, "status = 'sent', sent_at = @now, last_error = NULL", new { }, cancellationToken);

    /// <summary>Every line of the mail stopped being true before it was sent: it is kept, not sent, and never retried.</summary>
    public Task<bool> MarkObsoleteAsync(Guid id, CancellationToken cancellationToken = default) =>
        UpdatePendingAsync(id, "status = 'obsolete', sent_at = NULL, last_error = NULL", new { }, cancellationToken);

    /// <summary>A transient failure: the mail stays pending and is tried again at <paramref name="at"/>.</summary>
    public Task<bool> RetryLaterAsync(Guid id, DateTimeOffset at, string error, CancellationToken cancellationToken = default) =>
        UpdatePendingAsync(id, "next_attempt_at = @at, last_error = @error", new { at, error = Truncate(error) }, cancellationToken);

    /// <summary>A permanent failure, or one that lasted too long: kept with the error for ops to re-drive.</summary>
    public Task<bool> MarkFailedAsync(Guid id, string error, CancellationToken cancellationToken = default) =>
        UpdatePendingAsync(id, "status = 'failed', last_error = @error", new { error = Truncate(error) }, cancellationToken);

    /// <summary>Hands back claimed mails that were not attempted (the run stopped early), without counting an attempt.</summary>
    public async Task ReleaseAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            return;
        }
        await using var connection = await db.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            $"UPDATE mails SET attempts = attempts - 1, next_attempt_at = @now WHERE status = 'pending' AND {db.Dialect.InList("id", "ids")}",
            new { now = clock.GetUtcNow(), ids = db.Dialect.Ids(ids) });
    }

    private async Task<bool> UpdatePendingAsync(Guid id, string set, object values, CancellationToken cancellationToken)
    {
        var parameters = new DynamicParameters(values);
        parameters.AddDynamicParams(new { id, now = clock.GetUtcNow() });
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync($"UPDATE mails SET {set} WHERE id = @id AND status = 'pending'", parameters) == 1;
    }

    private sealed record ReportMailRow
    {
        public Guid MailId { get; init; }
        public Guid ReportId { get; init; }
        public required string RecipientName { get; init; }
    }

    private sealed record MailRow
    {
        public Guid Id { get; init; }
        public required string Recipient { get; init; }
        public int Attempts { get; init; }
        public DateTimeOffset CreatedAt { get; init; }
    }
}

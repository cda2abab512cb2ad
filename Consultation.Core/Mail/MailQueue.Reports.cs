using Dapper;

namespace Consultation.Core.Mail;

public sealed partial class MailQueue
{
    /// <summary>
    /// Queues the email of a stored report to one recipient as a mail of its own, never gathered with
    /// escalation items. A redelivered or republished announcement adds nothing: each (report,
    /// recipient) pair gets one mail. Returns whether the mail is new.
    /// </summary>
    public async Task<bool> AddReportAsync(Guid reportId, string recipient, string recipientName, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var row = new { ReportId = reportId, MailId = Guid.CreateVersion7(now), Recipient = Normalise(recipient), RecipientName = recipientName, Now = now };
        var dialect = db.Dialect;
        var insert = $"""
            {dialect.InsertIgnoringDuplicates} report_mails (report_id, recipient, recipient_name, mail_id, created_at)
            VALUES (@ReportId, @Recipient, @RecipientName, @MailId, @Now) {dialect.IgnoreDuplicatesSuffix}
            """;
        Task<bool> Add() => db.InTransactionAsync(async (connection, transaction) =>
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO mails (id, recipient, status, item_count, attempts, created_at, next_attempt_at)
                VALUES (@MailId, @Recipient, 'pending', 0, 0, @Now, @Now)
                """,
                row, transaction);
            if (await connection.ExecuteAsync(insert, row, transaction) == 1)
            {
                return true;
            }
            // The pair has its mail already: the one just written is not wanted.
            await connection.ExecuteAsync("DELETE FROM mails WHERE id = @MailId", row, transaction);
            return false;
        }, cancellationToken);
        if (_sqliteWriter is null)
        {
            return await Add();
        }
        await _sqliteWriter.WaitAsync(cancellationToken);
        try
        {
            return await Add();
        }
        finally
        {
            _sqliteWriter.Release();
        }
    }
}

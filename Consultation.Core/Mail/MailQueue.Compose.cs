using Dapper;

namespace Consultation.Core.Mail;

public sealed partial class MailQueue
{
    private const int RecipientsPerRound = 500;

    /// <summary>
    /// Gathers the unsent items of every recipient whose oldest unsent item has waited at least
    /// <paramref name="window"/> into mails of at most <paramref name="maxItemsPerMail"/> items.
    /// Returns how many mails were created.
    /// </summary>
    public async Task<int> ComposeDueAsync(TimeSpan window, int maxItemsPerMail, CancellationToken cancellationToken = default)
    {
        var dialect = db.Dialect;
        var due = $"""
            SELECT {dialect.Top(RecipientsPerRound)} recipient FROM mail_items
            WHERE mail_id IS NULL
            GROUP BY recipient HAVING MIN(created_at) <= @cutoff
            ORDER BY MIN(created_at) {dialect.Limit(RecipientsPerRound)}
            """;
        var created = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            List<string> recipients;
            await using (var connection = await db.OpenAsync(cancellationToken))
            {
                recipients = (await connection.QueryAsync<string>(due, new { cutoff = now - window })).AsList();
            }
            foreach (var recipient in recipients)
            {
                // A recipient with more items than one mail holds gets several mails, now rather than a window later.
                int taken;
                do
                {
                    taken = await ComposeOneAsync(recipient, maxItemsPerMail, now, cancellationToken);
                    created += taken > 0 ? 1 : 0;
                }
                while (taken == maxItemsPerMail && !cancellationToken.IsCancellationRequested);
            }
            if (recipients.Count < RecipientsPerRound)
            {
                break;
            }
        }
        return created;
    }

    /// <summary>Claims up to <paramref name="max"/> unsent items of one recipient and ties them to a new mail, in one transaction.</summary>
    private Task<int> ComposeOneAsync(string recipient, int max, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var dialect = db.Dialect;
        var claim = $"""
            SELECT {dialect.Top(max)} id FROM mail_items {dialect.ClaimHint}
            WHERE mail_id IS NULL AND recipient = @recipient
            ORDER BY created_at {dialect.Limit(max)} {dialect.ClaimSuffix("mail_items")}
            """;
        return db.InTransactionAsync(async (connection, transaction) =>
        {
            var ids = (await connection.QueryAsync<Guid>(claim, new { recipient }, transaction)).AsList();
            if (ids.Count == 0)
            {
                return 0;
            }
            var mailId = Guid.CreateVersion7(now);
            await connection.ExecuteAsync(
                """
                INSERT INTO mails (id, recipient, status, item_count, attempts, created_at, next_attempt_at)
                VALUES (@mailId, @recipient, 'pending', @count, 0, @now, @now)
                """,
                new { mailId, recipient, count = ids.Count, now },
                transaction);
            await connection.ExecuteAsync(
                $"UPDATE mail_items SET mail_id = @mailId WHERE {dialect.InList("id", "ids")}",
                new { mailId, ids = dialect.Ids(ids) },
                transaction);
            return ids.Count;
        }, cancellationToken);
    }
}

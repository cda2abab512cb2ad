using Consultation.Core.Data;
using Dapper;

namespace Consultation.Core.Mail;

/// <summary>
/// The durable path of escalation emails. Consumers record items and acknowledge; the mail job
/// gathers each recipient's items into one mail when the first has waited the consolidation
/// window, claims due mails under a lease, sends them, and marks each sent right after the SMTP
/// server accepts it. Every step is a committed row, so a process that dies between any two steps
/// leaves work that the next run picks up; the one gap is between the server's accept and the mark,
/// where a crash resends that single mail, with the same Message-ID.
/// </summary>
public sealed partial class MailQueue(Db db, TimeProvider clock)
{
    private const int MaxErrorLength = 2000;

    // SQLite has one writer, and its driver waits for the write lock by blocking a thread. Consumers
    // queue here without a thread each, so a long write elsewhere (the outbox holds the lock while the
    // broker confirms) blocks one thread, not one per consumer, and the thread pool is not starved.
    private readonly SemaphoreSlim? _sqliteWriter = db.Dialect.Provider == DatabaseProvider.Sqlite ? new SemaphoreSlim(1, 1) : null;

    /// <summary>
    /// Records the items of one event. A redelivered or republished event adds nothing: each
    /// (source event, recipient) pair is kept once. Returns how many items were new.
    /// </summary>
    public async Task<int> AddAsync(IReadOnlyList<MailItem> items, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var rows = items
            .DistinctBy(i => (i.SourceId, Normalise(i.Recipient)))
            .Select(i => new
            {
                Id = Guid.CreateVersion7(now),
                i.SourceId,
                Recipient = Normalise(i.Recipient),
                i.RecipientName,
                i.Kind,
                i.Role,
                i.ConsultationId,
                i.Payload,
                CreatedAt = now,
            })
            .ToList();
        if (rows.Count == 0)
        {
            return 0;
        }
        var sql = $"""
            {db.Dialect.InsertIgnoringDuplicates} mail_items (id, source_id, recipient, recipient_name, kind, role, consultation_id, payload, created_at)
            VALUES (@Id, @SourceId, @Recipient, @RecipientName, @Kind, @Role, @ConsultationId, @Payload, @CreatedAt) {db.Dialect.IgnoreDuplicatesSuffix}
            """;
        if (_sqliteWriter is null)
        {
            return await db.InTransactionAsync(async (connection, transaction) => await connection.ExecuteAsync(sql, rows, transaction), cancellationToken);
        }
        await _sqliteWriter.WaitAsync(cancellationToken);
        try
        {
            return await db.InTransactionAsync(async (connection, transaction) => await connection.ExecuteAsync(sql, rows, transaction), cancellationToken);
        }
        finally
        {
            _sqliteWriter.Release();
        }
    }

    /// <summary>What waits to be sent and what failed: for health checks and the ops page.</summary>
    public async Task<MailBacklog> BacklogAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var unsent = await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM mail_items WHERE mail_id IS NULL");
        var pending = await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM mails WHERE status = 'pending'");
        var oldest = pending == 0
            ? (DateTimeOffset?)null
            : await connection.ExecuteScalarAsync<DateTimeOffset>("SELECT MIN(created_at) FROM mails WHERE status = 'pending'");
        var failed = await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM mails WHERE status = 'failed'");
        return new MailBacklog(unsent, pending, oldest, failed);
    }

    // Addresses are compared case-insensitively in practice; one spelling keeps one recipient's items together.
    private static string Normalise(string address) => address.Trim().ToLowerInvariant();

    private static string? Truncate(string? error) => error is { Length: > MaxErrorLength } ? error[..MaxErrorLength] : error;
}

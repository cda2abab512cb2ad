using System.Data.Common;
using Consultation.Core.Data;
using Dapper;

namespace Consultation.Core.Messaging;

/// <summary>
/// De-duplicates deliveries on the consumer side. The outbox re-sends a message when the process
/// died between the broker's confirm and the mark, and the broker redelivers unacknowledged ones;
/// both keep the same MessageId, which this records once per consumer.
/// </summary>
public sealed class MessageInbox(Db db, TimeProvider clock)
{
    /// <summary>Records the message as processed by <paramref name="consumer"/> in the caller's transaction; false if it already was.</summary>
    public async Task<bool> TryRecordAsync(DbConnection connection, DbTransaction transaction, Guid messageId, string consumer)
    {
        try
        {
            await connection.ExecuteAsync(
                "INSERT INTO processed_messages (message_id, consumer, processed_at) VALUES (@messageId, @consumer, @now)",
                new { messageId, consumer, now = clock.GetUtcNow() },
                transaction);
            return true;
        }
        catch (DbException e) when (db.Dialect.IsUniqueViolation(e))
        {
            return false;
        }
    }

    /// <summary>Records the message on its own connection; for consumers whose work is not in the database.</summary>
    public Task<bool> TryRecordAsync(Guid messageId, string consumer, CancellationToken cancellationToken = default) =>
        db.InTransactionAsync((connection, transaction) => TryRecordAsync(connection, transaction, messageId, consumer), cancellationToken);
}

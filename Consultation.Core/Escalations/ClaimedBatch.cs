using System.Data.Common;
using Consultation.Core.Data;
using Dapper;

namespace Consultation.Core.Escalations;

/// <summary>
/// Escalations claimed for publishing, with what their messages need. The claim holds until
/// <see cref="CompleteAsync"/> marks what the publisher confirmed and commits; disposing without
/// completing (a crash, an exception) releases the rows unpublished, to be sent again.
/// </summary>
public sealed class ClaimedBatch : IAsyncDisposable
{
    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly SqlDialect _dialect;
    private readonly TimeProvider _clock;
    private readonly List<Guid> _confirmed = [];

    internal ClaimedBatch(DbConnection connection, DbTransaction transaction, SqlDialect dialect, TimeProvider clock,
        IReadOnlyList<PendingEscalation> escalations, IReadOnlyDictionary<Guid, AnswerDetail> answers, bool full)
    {
        (_connection, _transaction, _dialect, _clock) = (connection, transaction, dialect, clock);
        Escalations = escalations;
        Answers = answers;
        IsFull = full;
    }

    public IReadOnlyList<PendingEscalation> Escalations { get; }

    /// <summary>The answers the batch's answer kinds are about, by id (see <see cref="Occurrence.Answer"/>).</summary>
    public IReadOnlyDictionary<Guid, AnswerDetail> Answers { get; }

    /// <summary>A full batch: more may be waiting behind it.</summary>
    public bool IsFull { get; }

    /// <summary>What the broker has confirmed so far.</summary>
    public IReadOnlyList<Guid> Confirmed
    {
        get
        {
            lock (_confirmed)
            {
                return [.. _confirmed];
            }
        }
    }

    /// <summary>Records that the broker confirmed one escalation; safe to call from concurrent sends.</summary>
    public void Confirm(Guid escalationId)
    {
        lock (_confirmed)
        {
            _confirmed.Add(escalationId);
        }
    }

    /// <summary>
    /// Marks what was confirmed as published and commits, also when the rest failed (a timeout part-way
    /// through a batch), so a retry re-sends only what may not have arrived.
    /// </summary>
    public async Task CompleteAsync()
    {
        var confirmed = Confirmed;
        if (confirmed.Count > 0)
        {
            await _connection.ExecuteAsync(
                $"UPDATE escalations SET published_at = @now WHERE {_dialect.InList("id", "ids")}",
                new { now = _clock.GetUtcNow(), ids = _dialect.Ids(confirmed) },
                _transaction);
        }
        await _transaction.CommitAsync(CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }
}

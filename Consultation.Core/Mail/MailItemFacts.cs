using Consultation.Core.Data;
using Dapper;

namespace Consultation.Core.Mail;

/// <summary>
/// What the database says now about the assignments and answers a mail's items concern, read just
/// before the mail is sent, so a line that stopped being true since its event is left out.
/// </summary>
public sealed class MailItemFacts(Db db)
{
    public async Task<IReadOnlyDictionary<Guid, AssignmentNow>> AssignmentsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, AssignmentNow>();
        }
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<AssignmentNow>(
            $"""
            SELECT a.id, a.status, a.due_at, a.deemed_agreed_at, c.status AS consultation_status
            FROM assignments a JOIN consultations c ON c.id = a.consultation_id
            WHERE {db.Dialect.InList("a.id", "ids")}
            """,
            new { ids = db.Dialect.Ids(ids) });
        return rows.ToDictionary(r => r.Id);
    }

    /// <summary>The review decision of each answer, null while it is not reviewed.</summary>
    public async Task<IReadOnlyDictionary<Guid, string?>> ReviewsAsync(IReadOnlyCollection<Guid> answerIds, CancellationToken cancellationToken = default)
    {
        if (answerIds.Count == 0)
        {
            return new Dictionary<Guid, string?>();
        }
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(Guid Id, string? ReviewDecision)>(
            $"SELECT id, review_decision FROM answers WHERE {db.Dialect.InList("id", "ids")}",
            new { ids = db.Dialect.Ids(answerIds) });
        return rows.ToDictionary(r => r.Id, r => r.ReviewDecision);
    }
}

using Consultation.Core.Data;
using Dapper;

namespace Consultation.Core.Operations;

/// <summary>The province-wide worst cases the supervisor follows up first.</summary>
public sealed class OverdueAssignments(Db db)
{
    /// <summary>
    /// Requests of open consultations awaiting an answer past their deadline at <paramref name="now"/>,
    /// the longest overdue first; at most <paramref name="take"/>.
    /// </summary>
    public async Task<IReadOnlyList<OverdueAssignment>> LongestAsync(DateTimeOffset now, int take, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<OverdueAssignment>(
            $"""
            SELECT {db.Dialect.Top(take)} c.id AS consultation_id, c.document_number, c.title, c.lead_agency_code,
                a.agency_code, g.name AS agency_name, a.due_at
            FROM assignments a
            JOIN consultations c ON c.id = a.consultation_id
            JOIN agencies g ON g.code = a.agency_code
            WHERE c.status = 'open' AND a.status IN ('pending', 'clarification_requested') AND a.due_at < @now
            ORDER BY a.due_at, c.document_number, a.agency_code {db.Dialect.Limit(take)}
            """,
            new { now });
        return rows.AsList();
    }
}

using Dapper;

namespace Consultation.Core.Reports;

public sealed partial class CooperationQueries
{
    /// <summary>Assignments past their deadline without an answer, and those deemed agreed by silence.</summary>
    public async Task<IReadOnlyList<IncidentRow>> UnansweredIncidentsAsync(CooperationScope scope, DateTimeOffset asOf, CancellationToken cancellationToken = default)
    {
        var (where, parameters) = Filter(scope, asOf);
        var sql = $"""
            SELECT a.id AS assignment_id, a.agency_code, c.id AS consultation_id, c.document_number, c.title, c.lead_agency_code,
                a.status, a.due_at, {AwaitedUntil} AS until
            FROM assignments a JOIN consultations c ON c.id = a.consultation_id
            WHERE {where} AND ((a.status IN {Awaiting} AND a.due_at < {AwaitedUntil}) OR a.status = 'deemed_agreed')
            ORDER BY a.agency_code, a.due_at, c.document_number
            """;
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<IncidentRow>(sql, parameters)).AsList();
    }

    /// <summary>
    /// Late answers of assignments counted as answered late, and answers the lead confirmed vague,
    /// each with the deadline it was given against (the assignment's, for answers recorded before
    /// answers kept their own).
    /// </summary>
    public async Task<IReadOnlyList<IncidentRow>> AnswerIncidentsAsync(CooperationScope scope, CancellationToken cancellationToken = default)
    {
        var (where, parameters) = Filter(scope, DateTimeOffset.UnixEpoch);
        var sql = $"""
            SELECT a.id AS assignment_id, a.agency_code, c.id AS consultation_id, c.document_number, c.title, c.lead_agency_code,
                a.status, COALESCE(n.due_at, a.due_at) AS due_at, n.round, n.submitted_at, n.late, n.review_decision, n.review_note
            FROM answers n
            JOIN assignments a ON a.id = n.assignment_id
            JOIN consultations c ON c.id = a.consultation_id
            WHERE {where} AND ((n.late = {db.Dialect.True} AND a.status = 'answered') OR n.review_decision = 'confirm_vague')
            ORDER BY a.agency_code, n.submitted_at, c.document_number
            """;
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<IncidentRow>(sql, parameters)).AsList();
    }

    /// <summary>Each consulted agency's first answer (round 1) with the opening of its consultation, for the time taken to answer.</summary>
    public async Task<IReadOnlyList<FirstAnswerRow>> FirstAnswersAsync(CooperationScope scope, CancellationToken cancellationToken = default)
    {
        var (where, parameters) = Filter(scope, DateTimeOffset.UnixEpoch);
        var sql = $"""
            SELECT a.agency_code, c.opened_at, n.submitted_at
            FROM answers n
            JOIN assignments a ON a.id = n.assignment_id
            JOIN consultations c ON c.id = a.consultation_id
            WHERE {where} AND n.round = 1
            """;
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<FirstAnswerRow>(sql, parameters)).AsList();
    }
}

using Consultation.Core.Data;
using Dapper;

namespace Consultation.Core.Consultations;

public sealed class ConsultationQueries(Db db)
{
    internal const string ConsultationColumns =
        "id, lead_agency_code, document_number, title, issue, proposed_direction, urgency, silence_means_consent, status, opened_at, closed_at, synthesis, version";

    internal const string AssignmentColumns =
        "id, consultation_id, agency_code, reason, received_at, due_at, due_working_days, status, round, answered_at, escalation_level, version, redirected_from_id, deemed_agreed_at";

    private const string AnswerColumns =
        "id, assignment_id, round, position, content, legal_basis, competent_agency_code, competent_agency_name, submitted_at, late, assessment_verdict, assessment_score, assessment_reasons, review_decision, review_note, reviewed_at, referral_ring";

    public async Task<ConsultationDetail?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var consultation = await connection.QuerySingleOrDefaultAsync<ConsultationRecord>(
            $"SELECT {ConsultationColumns} FROM consultations WHERE id = @id", new { id });
        if (consultation is null)
        {
            return null;
        }
        var assignments = await connection.QueryAsync<Assignment>(
            $"SELECT {AssignmentColumns} FROM assignments WHERE consultation_id = @id ORDER BY agency_code", new { id });
        var answers = await connection.QueryAsync<Answer>(
            $"""
            SELECT {AnswerColumns} FROM answers
            WHERE assignment_id IN (SELECT id FROM assignments WHERE consultation_id = @id)
            ORDER BY submitted_at, round
            """,
            new { id });
        return new ConsultationDetail(consultation, assignments.AsList(), answers.AsList());
    }

    public async Task<ConsultationPage> ListAsync(ConsultationQuery query, CancellationToken cancellationToken = default)
    {
        var where = new List<string>();
        if (query.VisibleTo is not null)
        {
            where.Add("(c.lead_agency_code = @VisibleTo OR EXISTS (SELECT 1 FROM assignments v WHERE v.consultation_id = c.id AND v.agency_code = @VisibleTo))");
        }
        if (query.LeadAgencyCode is not null)
        {
            where.Add("c.lead_agency_code = @LeadAgencyCode");
        }
        if (query.ConsultedAgencyCode is not null)
        {
            where.Add("EXISTS (SELECT 1 FROM assignments s WHERE s.consultation_id = c.id AND s.agency_code = @ConsultedAgencyCode)");
        }
        if (query.Status is not null)
        {
            where.Add("c.status = @Status");
        }
        if (query.OverdueOnly)
        {
            where.Add("c.status = 'open' AND EXISTS (SELECT 1 FROM assignments o WHERE o.consultation_id = c.id AND o.status IN ('pending', 'clarification_requested') AND o.due_at < @Now)");
        }
        var filter = where.Count == 0 ? "" : "WHERE " + string.Join(" AND ", where);
        var parameters = new DynamicParameters(query);
        parameters.Add("Skip", (query.Page - 1) * query.PageSize);
        parameters.Add("Take", query.PageSize);

        await using var connection = await db.OpenAsync(cancellationToken);
        var total = await connection.ExecuteScalarAsync<int>($"SELECT COUNT(*) FROM consultations c {filter}", parameters);
        var items = (await connection.QueryAsync<ConsultationRecord>(
            $"SELECT {ConsultationColumns} FROM consultations c {filter} ORDER BY c.opened_at DESC, c.id {db.Dialect.Page}",
            parameters)).AsList();
        var assignments = items.Count == 0
            ? []
            : (await connection.QueryAsync<Assignment>(
                $"SELECT {AssignmentColumns} FROM assignments WHERE {db.Dialect.InList("consultation_id", "ids")} ORDER BY agency_code",
                new { ids = db.Dialect.Ids(items.Select(i => i.Id)) })).AsList();
        return new ConsultationPage(items, assignments, total);
    }
}

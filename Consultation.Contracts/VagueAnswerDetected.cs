namespace Consultation.Contracts;

/// <summary>The assessor judged an answer vague; the lead unit is asked to review it.</summary>
public sealed record VagueAnswerDetected(
    Guid EscalationId,
    Guid ConsultationId,
    Guid AssignmentId,
    Guid AnswerId,
    string DocumentNumber,
    string Title,
    string LeadAgencyCode,
    string LeadAgencyName,
    string AgencyCode,
    string AgencyName,
    string Position,
    string Content,
    double Score,
    IReadOnlyList<AssessmentReason> Reasons);

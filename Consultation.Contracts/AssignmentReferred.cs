namespace Consultation.Contracts;

/// <summary>
/// A consulted agency answered that the matter is not within its functions and named the body it
/// holds competent (registered, with its code, or named only); the lead decides whether to redirect.
/// </summary>
public sealed record AssignmentReferred(
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
    string Content,
    string? LegalBasis,
    string? CompetentAgencyCode,
    string CompetentAgencyName,
    string? AssessmentVerdict);

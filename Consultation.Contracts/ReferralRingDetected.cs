namespace Consultation.Contracts;

/// <summary>
/// A redirected agency answered not_competent naming an agency already on the chain of redirects:
/// the request went round a ring (<c>Ring</c>: the agencies' names in order, the first again last).
/// The supervisor is told, as responsibility-shifting (đùn đẩy trách nhiệm).
/// </summary>
public sealed record ReferralRingDetected(
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
    IReadOnlyList<string> Ring);

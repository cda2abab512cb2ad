namespace Consultation.Contracts;

/// <summary>
/// A consulted agency has been asked for its opinion; one message per consulted agency.
/// <c>SilenceMeansConsent</c>: the lead stated that no answer by the deadline counts as agreement,
/// which the agency must be told (false in messages written before the field existed).
/// </summary>
public sealed record ConsultationRequested(
    Guid EscalationId,
    Guid ConsultationId,
    Guid AssignmentId,
    string DocumentNumber,
    string Title,
    string Issue,
    string ProposedDirection,
    string Urgency,
    string LeadAgencyCode,
    string LeadAgencyName,
    string AgencyCode,
    string AgencyName,
    string Reason,
    DateTimeOffset DueAt,
    bool SilenceMeansConsent = false);

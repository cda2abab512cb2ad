namespace Consultation.Contracts;

/// <summary>
/// The lead asked a consulted agency to clarify its answer: a new round, with the lead's note and
/// a new deadline (<c>WorkingDays</c> when it was given as a period).
/// </summary>
public sealed record ClarificationRequested(
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
    string Note,
    DateTimeOffset DueAt,
    int? WorkingDays,
    int Round);

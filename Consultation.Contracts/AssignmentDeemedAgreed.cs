namespace Consultation.Contracts;

/// <summary>
/// The deadline passed without an answer on a consultation whose lead stated that silence counts
/// as agreement; the silent agency is recorded as having agreed.
/// </summary>
public sealed record AssignmentDeemedAgreed(
    Guid EscalationId,
    Guid ConsultationId,
    Guid AssignmentId,
    string DocumentNumber,
    string Title,
    string LeadAgencyCode,
    string LeadAgencyName,
    string AgencyCode,
    string AgencyName,
    DateTimeOffset DueAt);

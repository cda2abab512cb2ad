namespace Consultation.Contracts;

/// <summary>An assignment's deadline is near and no answer has been recorded.</summary>
public sealed record AssignmentDueSoon(
    Guid EscalationId,
    Guid ConsultationId,
    Guid AssignmentId,
    string DocumentNumber,
    string Title,
    string LeadAgencyCode,
    string LeadAgencyName,
    string AgencyCode,
    string AgencyName,
    DateTimeOffset DueAt,
    int WorkingDaysLeft);

namespace Consultation.Contracts;

/// <summary>
/// An assignment passed its deadline without an answer. Level 1 goes to the lead unit and the head
/// of the late agency; level 2, some working days later, to the supervisor too.
/// </summary>
public sealed record AssignmentOverdue(
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
    int WorkingDaysOverdue,
    int Level);

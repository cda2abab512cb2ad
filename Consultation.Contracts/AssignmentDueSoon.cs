namespace Consultation.Contracts;

/// <summary>An assignment's deadline is near and no answer has been recorded; the reminder repeats the silence-means-consent warning.</summary>
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
    int WorkingDaysLeft,
    bool SilenceMeansConsent = false);

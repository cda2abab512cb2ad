namespace Consultation.Core.Reports;

/// <summary>One incident with the consultation it concerns; the working-day figures are set for their kind only.</summary>
public sealed record Incident(
    string Kind,
    Guid ConsultationId,
    string DocumentNumber,
    string Title,
    string LeadAgencyCode,
    DateTimeOffset DueAt,
    DateTimeOffset? AnsweredAt,
    int? WorkingDaysLate,
    int? WorkingDaysOverdue,
    string? Note);

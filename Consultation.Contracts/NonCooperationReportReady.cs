namespace Consultation.Contracts;

/// <summary>A consolidated non-cooperation report for a lead unit (or the whole province) and a period is ready.</summary>
public sealed record NonCooperationReportReady(
    Guid ReportId,
    string? LeadAgencyCode,
    DateOnly PeriodFrom,
    DateOnly PeriodTo);

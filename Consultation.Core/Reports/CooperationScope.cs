namespace Consultation.Core.Reports;

/// <summary>Which assignments a report or scorecard reads: a period, optionally one lead unit's consultations, optionally one consulted agency.</summary>
public sealed record CooperationScope(ReportPeriod Period, string? Lead = null, string? Agency = null);

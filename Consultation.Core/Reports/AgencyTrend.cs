namespace Consultation.Core.Reports;

/// <summary>One consulted agency's months in a period, as its scorecard's trend counts them.</summary>
public sealed record AgencyTrend(string Code, string Name, double? OnTimeRate, IReadOnlyList<ScorecardMonth> Months);

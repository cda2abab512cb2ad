namespace Consultation.Core.Reports;

/// <summary>Every agency consulted in the period, ranked.</summary>
public sealed record ScorecardRanking(DateOnly From, DateOnly To, IReadOnlyList<RankedScorecard> Agencies);

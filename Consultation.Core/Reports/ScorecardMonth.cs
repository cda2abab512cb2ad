namespace Consultation.Core.Reports;

/// <summary>One month of a scorecard's trend, by the month the requests were sent in ("2026-11").</summary>
public sealed record ScorecardMonth(
    string Month,
    int Assigned,
    int OnTime,
    int Late,
    int Overdue,
    int InTerm,
    int DeemedAgreed,
    int ConfirmedVague,
    double? OnTimeRate,
    double? ConfirmedVagueRate);

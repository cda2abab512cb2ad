namespace Consultation.Core.Reports;

/// <summary>One agency in the supervisor's ranking: best on-time rate first, then fewest vague answers, then fastest.</summary>
public sealed record RankedScorecard(
    int Rank,
    string Code,
    string Name,
    int Assigned,
    int OnTime,
    int Late,
    int Overdue,
    int InTerm,
    int DeemedAgreed,
    int ConfirmedVague,
    double? OnTimeRate,
    double? MedianWorkingDaysToAnswer,
    double? ConfirmedVagueRate);

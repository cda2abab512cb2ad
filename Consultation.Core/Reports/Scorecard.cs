namespace Consultation.Core.Reports;

/// <summary>
/// One agency's record as a consulted agency over a period: how often it answered on time, how many
/// working days it took to answer (from the day the request was sent to its first answer), how many
/// of its answers the lead confirmed vague, and the same month by month.
/// </summary>
public sealed record Scorecard(
    string Code,
    string Name,
    DateOnly From,
    DateOnly To,
    int Assigned,
    int Answered,
    int OnTime,
    int Late,
    int Overdue,
    int InTerm,
    int DeemedAgreed,
    int Answers,
    int ConfirmedVague,
    double? OnTimeRate,
    double? MedianWorkingDaysToAnswer,
    double? ConfirmedVagueRate,
    IReadOnlyList<ScorecardMonth> Trend);

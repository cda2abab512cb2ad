using Consultation.Core.Calendar;

namespace Consultation.Core.Reports;

/// <summary>Scorecards of consulted agencies, from the same grouped counts as the reports, so the two never disagree.</summary>
public sealed class Scorecards(CooperationQueries queries, IWorkingCalendar calendar, TimeProvider clock)
{
    public async Task<Scorecard> ForAgencyAsync(string code, string name, ReportPeriod period, CancellationToken cancellationToken = default)
    {
        var months = period.Months();
        var scope = new CooperationScope(period, Agency: code);
        var counts = await queries.CountsAsync(scope, months, clock.GetUtcNow(), cancellationToken);
        var days = DaysToAnswer(await queries.FirstAnswersAsync(scope, cancellationToken));
        var total = Sum(counts);
        var trend = months.Select((month, i) => Month(month, Sum(counts.Where(c => c.Bucket == i)))).ToList();
        return new Scorecard(code, name, period.From, period.To, total.Assigned, total.OnTime + total.Late, total.OnTime, total.Late,
            total.Overdue, total.InTerm, total.DeemedAgreed, total.Answers, total.ConfirmedVague, OnTimeRate(total),
            Median(days.GetValueOrDefault(code, [])), VagueRate(total), trend);
    }

    public async Task<ScorecardRanking> RankAsync(ReportPeriod period, CancellationToken cancellationToken = default)
    {
        var scope = new CooperationScope(period);
        var counts = await queries.CountsAsync(scope, [period], clock.GetUtcNow(), cancellationToken);
        var days = DaysToAnswer(await queries.FirstAnswersAsync(scope, cancellationToken));
        var ranked = counts
            .Select(c => (Counts: Sum([c]), c.AgencyCode, c.Name, Median: Median(days.GetValueOrDefault(c.AgencyCode, []))))
            .Select(c => (c.Counts, c.AgencyCode, c.Name, c.Median, Rate: OnTimeRate(c.Counts), Vague: VagueRate(c.Counts)))
            .OrderByDescending(c => c.Rate ?? -1).ThenBy(c => c.Vague ?? 2).ThenBy(c => c.Median ?? double.MaxValue)
            .ThenBy(c => c.AgencyCode, StringComparer.Ordinal)
            .Select((c, i) => new RankedScorecard(i + 1, c.AgencyCode, c.Name, c.Counts.Assigned, c.Counts.OnTime, c.Counts.Late,
                c.Counts.Overdue, c.Counts.InTerm, c.Counts.DeemedAgreed, c.Counts.ConfirmedVague, c.Rate, c.Median, c.Vague))
            .ToList();
        return new ScorecardRanking(period.From, period.To, ranked);
    }

    /// <summary>
    /// Every agency consulted in the period, month by month, from one grouped query: the supervisor's
    /// picture of the province. Each month and the whole are counted as a scorecard counts them.
    /// </summary>
    public async Task<IReadOnlyList<AgencyTrend>> TrendsAsync(ReportPeriod period, CancellationToken cancellationToken = default)
    {
        var months = period.Months();
        var counts = await queries.CountsAsync(new CooperationScope(period), months, clock.GetUtcNow(), cancellationToken);
        return counts.GroupBy(c => (c.AgencyCode, c.Name))
            .Select(g => new AgencyTrend(g.Key.AgencyCode, g.Key.Name, OnTimeRate(Sum(g)),
                months.Select((month, i) => Month(month, Sum(g.Where(c => c.Bucket == i)))).ToList()))
            .OrderBy(a => a.Code, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Working days from the day a request was sent (which does not count) to the day of the first answer, per agency.</summary>
    private Dictionary<string, List<int>> DaysToAnswer(IEnumerable<FirstAnswerRow> rows) =>
        rows.GroupBy(r => r.AgencyCode, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => g.Select(r => WorkingDays.Between(calendar, VietnamTime.DateOf(r.OpenedAt), VietnamTime.DateOf(r.SubmittedAt))).ToList(),
            StringComparer.Ordinal);

    internal static double? Median(IReadOnlyList<int> values)
    {
        if (values.Count == 0)
        {
            return null;
        }
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }

    private static ScorecardMonth Month(ReportPeriod month, Totals m) =>
        new(month.MonthLabel, m.Assigned, m.OnTime, m.Late, m.Overdue, m.InTerm, m.DeemedAgreed, m.ConfirmedVague, OnTimeRate(m), VagueRate(m));

    private static double? OnTimeRate(Totals t) => AgencyCooperation.RateOf(t.OnTime, t.Late, t.Overdue, t.DeemedAgreed);

    private static double? VagueRate(Totals t) => t.Answers == 0 ? null : Math.Round((double)t.ConfirmedVague / t.Answers, 4);

    private static Totals Sum(IEnumerable<CooperationCounts> rows)
    {
        var t = new Totals();
        foreach (var r in rows)
        {
            t = new Totals(t.Assigned + (int)r.Assigned, t.OnTime + (int)r.OnTime, t.Late + (int)r.Late, t.Overdue + (int)r.Overdue,
                t.InTerm + (int)r.InTerm, t.DeemedAgreed + (int)r.DeemedAgreed, t.Answers + (int)r.Answers, t.ConfirmedVague + (int)r.ConfirmedVague);
        }
        return t;
    }

    private readonly record struct Totals(int Assigned, int OnTime, int Late, int Overdue, int InTerm, int DeemedAgreed, int Answers, int ConfirmedVague);
}

using System.Globalization;
using Consultation.Core.Calendar;

namespace Consultation.Core.Reports;

/// <summary>
/// The civil dates a report covers, both included, in Vietnam. A consultation belongs to the period
/// in which it was opened, that is, when its requests were sent to the consulted agencies.
/// </summary>
public sealed record ReportPeriod(DateOnly From, DateOnly To)
{
    /// <summary>00:00 of <see cref="From"/> in Vietnam, as UTC.</summary>
    public DateTimeOffset Start => VietnamTime.StartOf(From);

    /// <summary>24:00 of <see cref="To"/> in Vietnam, as UTC; the period ends before it.</summary>
    public DateTimeOffset End => VietnamTime.StartOf(To.AddDays(1));

    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>The calendar month before the one <paramref name="day"/> is in.</summary>
    public static ReportPeriod MonthBefore(DateOnly day)
    {
        var first = new DateOnly(day.Year, day.Month, 1);
        return new ReportPeriod(first.AddMonths(-1), first.AddDays(-1));
    }

    /// <summary>The months the period touches, each cut to the period: the buckets of a trend.</summary>
    public IReadOnlyList<ReportPeriod> Months()
    {
        var months = new List<ReportPeriod>();
        for (var start = From; start <= To;)
        {
            var next = new DateOnly(start.Year, start.Month, 1).AddMonths(1);
            var end = next.AddDays(-1) < To ? next.AddDays(-1) : To;
            months.Add(new ReportPeriod(start, end));
            start = next;
        }
        return months;
    }

    /// <summary>"2026-11", the month a trend bucket is labelled by.</summary>
    public string MonthLabel => From.ToString("yyyy'-'MM", CultureInfo.InvariantCulture);
}

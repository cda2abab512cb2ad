namespace Consultation.Core.Calendar;

/// <summary>
/// Counting working days around a deadline, in one way for scans, mails and reports. A deadline ends
/// at 24:00 of its last day: the moment before it still belongs to that day.
/// </summary>
public static class WorkingDays
{
    // A bound for messages only: a date near the end of the calendar cannot loop for long.
    private const int Max = 10_000;

    /// <summary>The last moment that still belongs to the deadline's last day.</summary>
    public static DateTimeOffset LastMomentOf(DateTimeOffset dueAt) => dueAt.AddTicks(-1);

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>.</summary>
    public static int Between(IWorkingCalendar calendar, DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to && count < Max; day = day.AddDays(1))
        {
            count += calendar.IsWorkingDay(day) ? 1 : 0;
        }
        return count;
    }

    /// <summary>Working days after today up to the deadline's last day: 0 means the deadline is today.</summary>
    public static int Left(IWorkingCalendar calendar, DateTimeOffset dueAt, DateTimeOffset now) =>
        Between(calendar, VietnamTime.DateOf(now), VietnamTime.DateOf(LastMomentOf(dueAt)));

    /// <summary>
    /// How late something is: whole working days completed since the deadline, strictly after its last
    /// day and strictly before the day of <paramref name="at"/>. A mail 30 seconds after a Friday deadline,
    /// or on the Monday morning after it, counts 0; level 2 after N working days counts N.
    /// </summary>
    public static int Overdue(IWorkingCalendar calendar, DateTimeOffset dueAt, DateTimeOffset at) =>
        Between(calendar, VietnamTime.DateOf(LastMomentOf(dueAt)), VietnamTime.DateOf(at).AddDays(-1));
}

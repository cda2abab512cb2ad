namespace Consultation.Core.Calendar;

/// <summary>
/// How late something is, in one way for every mail and report: whole working days completed since
/// the deadline. A deadline ends at 24:00 of its last day, so a mail 30 seconds after a Friday
/// deadline, or on the Monday morning after it, counts 0 (not yet one whole working day); level 2
/// after N working days counts N.
/// </summary>
public static class OverdueDays
{
    // A bound for messages only: a date near the end of the calendar cannot loop for long.
    private const int Max = 10_000;

    /// <summary>Working days strictly after the deadline's last day and strictly before the day of <paramref name="at"/>.</summary>
    public static int Count(IWorkingCalendar calendar, DateTimeOffset dueAt, DateTimeOffset at)
    {
        var last = VietnamTime.DateOf(dueAt.AddTicks(-1));
        var today = VietnamTime.DateOf(at);
        var count = 0;
        for (var day = last.AddDays(1); day < today && count < Max; day = day.AddDays(1))
        {
            if (calendar.IsWorkingDay(day))
            {
                count++;
            }
        }
        return count;
    }
}

namespace Consultation.Core.Calendar;

/// <summary>Monday to Friday, no holidays: the fallback until the Vietnamese holiday calendar is wired in.</summary>
public sealed class WeekdayCalendar : IWorkingCalendar
{
    public bool IsWorkingDay(DateOnly date) => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    public DateTimeOffset DueAt(DateTimeOffset receivedAt, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(workingDays);
        var day = VietnamTime.DateOf(receivedAt);
        for (var counted = 0; counted < workingDays;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                counted++;
            }
        }
        // The period ends at 24:00 of its last working day, which is 00:00 of the next day.
        return VietnamTime.StartOf(day.AddDays(1));
    }
}

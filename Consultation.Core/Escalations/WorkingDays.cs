using Consultation.Core.Calendar;

namespace Consultation.Core.Escalations;

internal static class WorkingDays
{
    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>; bounded, for messages only.</summary>
    public static int Between(IWorkingCalendar calendar, DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to && count < 10_000; day = day.AddDays(1))
        {
            if (calendar.IsWorkingDay(day))
            {
                count++;
            }
        }
        return count;
    }
}

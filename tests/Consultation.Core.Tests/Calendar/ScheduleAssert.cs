using Consultation.Core.Calendar;

namespace Consultation.Core.Tests.Calendar;

internal static class ScheduleAssert
{
    public static CalendarDay Day(string date, string name) => new(VietnamClock.Date(date), name);

    /// <summary>Every day from <paramref name="first"/> to <paramref name="last"/> is off, and the day on each side is worked.</summary>
    public static void IsBreak(VietnamWorkingCalendar calendar, string first, string last)
    {
        var from = VietnamClock.Date(first);
        var to = VietnamClock.Date(last);
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            Assert.That(calendar.IsWorkingDay(day), Is.False, $"{day:yyyy-MM-dd} should be off");
        }
        Assert.That(calendar.IsWorkingDay(from.AddDays(-1)), Is.True, $"{from.AddDays(-1):yyyy-MM-dd} should be worked");
        Assert.That(calendar.IsWorkingDay(to.AddDays(1)), Is.True, $"{to.AddDays(1):yyyy-MM-dd} should be worked");
    }
}

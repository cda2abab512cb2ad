using Consultation.Core.Calendar;

namespace Consultation.Core.Tests.Calendar;

public class When_overrides_change_a_day
{
    private static readonly DateOnly Wednesday = new(2027, 6, 9);
    private static readonly DateOnly Saturday = new(2027, 6, 12);

    [Test]
    public void Should_take_a_weekday_off()
    {
        var calendar = new VietnamWorkingCalendar([new(Wednesday, CalendarOverrideKind.DayOff, "Nghỉ đột xuất")]);
        Assert.That(calendar.IsWorkingDay(Wednesday), Is.False);
        Assert.That(calendar.DueAt(VietnamClock.At(2027, 6, 8), 1), Is.EqualTo(VietnamClock.EndOf(2027, 6, 10)));
        Assert.That(calendar.YearSummary(2027).DaysOff, Does.Contain(new CalendarDay(Wednesday, "Nghỉ đột xuất")));
    }

    [Test]
    public void Should_make_a_Saturday_a_working_day()
    {
        var calendar = new VietnamWorkingCalendar([new(Saturday, CalendarOverrideKind.WorkingDay, "Làm bù")]);
        Assert.That(calendar.IsWorkingDay(Saturday), Is.True);
        Assert.That(calendar.YearSummary(2027).WorkingDays, Is.EqualTo(new[] { new CalendarDay(Saturday, "Làm bù") }));
    }

    [Test]
    public void Should_let_a_schedule_move_a_default_holiday()
    {
        // Like 2021, when National Day was 2/9 + 3/9: the 1/9 default is worked, 3/9 is off.
        var calendar = new VietnamWorkingCalendar(
        [
            new(new DateOnly(2027, 9, 1), CalendarOverrideKind.WorkingDay, "Làm việc bình thường"),
            new(new DateOnly(2027, 9, 3), CalendarOverrideKind.DayOff, "Quốc khánh"),
        ]);
        Assert.That(calendar.IsWorkingDay(new DateOnly(2027, 9, 1)), Is.True);
        Assert.That(calendar.IsWorkingDay(new DateOnly(2027, 9, 3)), Is.False);
        Assert.That(calendar.YearSummary(2027).DaysOff.Select(d => d.Date), Does.Not.Contain(new DateOnly(2027, 9, 1)));
    }

    [Test]
    public void Should_prefer_the_later_of_two_entries_for_the_same_date()
    {
        var calendar = new VietnamWorkingCalendar(
        [
            new(Wednesday, CalendarOverrideKind.DayOff, "Nghỉ"),
            new(Wednesday, CalendarOverrideKind.WorkingDay, "Đã hủy"),
        ]);
        Assert.That(calendar.IsWorkingDay(Wednesday), Is.True);
    }

    [Test]
    public void Should_leave_the_old_calendar_unchanged_when_overrides_are_replaced()
    {
        var before = new VietnamWorkingCalendar([]);
        Assert.That(before.IsWorkingDay(Wednesday), Is.True);
        var after = before.WithOverrides([new(Wednesday, CalendarOverrideKind.DayOff, "Nghỉ")]);
        Assert.That(after.IsWorkingDay(Wednesday), Is.False);
        Assert.That(before.IsWorkingDay(Wednesday), Is.True);
    }
}

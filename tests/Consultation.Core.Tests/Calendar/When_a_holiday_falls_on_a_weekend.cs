using Consultation.Core.Calendar;

namespace Consultation.Core.Tests.Calendar;

public class When_a_holiday_falls_on_a_weekend
{
    private static readonly VietnamWorkingCalendar Calendar = new([]);

    [Test]
    public void Should_give_each_weekend_holiday_its_own_next_working_day()
    {
        // 2022: 30/4 is a Saturday and 1/5 a Sunday, so Monday 2/5 and Tuesday 3/5 were off.
        Assert.That(new DateOnly(2022, 4, 30).DayOfWeek, Is.EqualTo(DayOfWeek.Saturday));
        Assert.That(Calendar.DueAt(VietnamClock.At(2022, 4, 29), 1), Is.EqualTo(VietnamClock.EndOf(2022, 5, 4)));
        Assert.That(Calendar.YearSummary(2022).DaysOff.Where(d => d.Date.Month == 5).ToList(), Is.EqualTo(new[]
        {
            new CalendarDay(new DateOnly(2022, 5, 1), "Ngày Quốc tế Lao động"),
            new CalendarDay(new DateOnly(2022, 5, 2), "Nghỉ bù Ngày Chiến thắng"),
            new CalendarDay(new DateOnly(2022, 5, 3), "Nghỉ bù Ngày Quốc tế Lao động"),
        }));
    }

    [Test]
    public void Should_list_the_weekend_holiday_itself_among_days_off()
    {
        var daysOff = Calendar.YearSummary(2028).DaysOff;
        Assert.That(daysOff, Does.Contain(new CalendarDay(new DateOnly(2028, 1, 1), "Tết Dương lịch")));
        Assert.That(daysOff, Does.Contain(new CalendarDay(new DateOnly(2028, 1, 3), "Nghỉ bù Tết Dương lịch")));
    }

    [Test]
    public void Should_owe_two_days_when_National_Day_falls_on_a_weekend()
    {
        // 1/9/2029 is a Saturday and 2/9 a Sunday.
        Assert.That(Calendar.IsWorkingDay(new DateOnly(2029, 9, 3)), Is.False);
        Assert.That(Calendar.IsWorkingDay(new DateOnly(2029, 9, 4)), Is.False);
        Assert.That(Calendar.IsWorkingDay(new DateOnly(2029, 9, 5)), Is.True);
    }

    [Test]
    public void Should_compensate_Vietnamese_Culture_Day_once_it_applies()
    {
        // 24/11/2029 is a Saturday; 24/11/2025 was a plain Monday, before the holiday existed.
        Assert.That(Calendar.IsWorkingDay(new DateOnly(2029, 11, 26)), Is.False);
        Assert.That(Calendar.IsWorkingDay(new DateOnly(2025, 11, 24)), Is.True);
    }

    [Test]
    public void Should_owe_nothing_for_a_holiday_that_is_not_compensated()
    {
        var rules = HolidayRules.Default.Select(r => r.Name == "Tết Dương lịch" ? r with { CompensatedOnWeekend = false } : r);
        var calendar = new VietnamWorkingCalendar(rules, []);
        Assert.That(calendar.IsWorkingDay(new DateOnly(2028, 1, 3)), Is.True);
    }

    [Test]
    public void Should_still_compensate_when_the_only_override_nearby_is_a_distant_make_up_Saturday()
    {
        var calendar = new VietnamWorkingCalendar([new(new DateOnly(2028, 1, 15), CalendarOverrideKind.WorkingDay, "Làm bù")]);
        Assert.That(calendar.IsWorkingDay(new DateOnly(2028, 1, 3)), Is.False);
    }
}

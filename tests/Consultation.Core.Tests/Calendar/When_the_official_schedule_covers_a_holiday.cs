using Consultation.Core.Calendar;

namespace Consultation.Core.Tests.Calendar;

public class When_the_official_schedule_covers_a_holiday
{
    [Test]
    public void Should_not_add_a_compensatory_day_the_schedule_did_not_give()
    {
        // By default mùng 4 Tết 2025 on Saturday 1/2 owes Monday 3/2; the 2025 schedule moved the
        // five Tết days to 27–31/1 instead, and 3/2 was a working day.
        Assert.That(new VietnamWorkingCalendar([]).IsWorkingDay(new DateOnly(2025, 2, 3)), Is.False);
        Assert.That(VietnamWorkingCalendar.Default.IsWorkingDay(new DateOnly(2025, 2, 3)), Is.True);
    }

    [Test]
    public void Should_give_exactly_one_substitute_day_for_Hung_Kings_2026()
    {
        var daysOff = VietnamWorkingCalendar.Default.YearSummary(2026).DaysOff.Where(d => d.Date.Month == 4).ToList();
        Assert.That(daysOff, Is.EqualTo(new[]
        {
            new CalendarDay(new DateOnly(2026, 4, 26), "Giỗ Tổ Hùng Vương"),
            new CalendarDay(new DateOnly(2026, 4, 27), "Nghỉ bù Giỗ Tổ Hùng Vương"),
            new CalendarDay(new DateOnly(2026, 4, 30), "Ngày Chiến thắng"),
        }));
        Assert.That(VietnamWorkingCalendar.Default.IsWorkingDay(new DateOnly(2026, 4, 28)), Is.True);
    }

    [Test]
    public void Should_let_the_schedule_refuse_a_compensatory_day_by_working_it()
    {
        var calendar = new VietnamWorkingCalendar([new(new DateOnly(2028, 1, 3), CalendarOverrideKind.WorkingDay, "Không nghỉ bù")]);
        Assert.That(calendar.IsWorkingDay(new DateOnly(2028, 1, 3)), Is.True);
        Assert.That(calendar.IsWorkingDay(new DateOnly(2028, 1, 4)), Is.True);
    }
}

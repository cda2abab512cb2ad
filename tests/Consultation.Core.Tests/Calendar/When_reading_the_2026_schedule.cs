using Consultation.Core.Calendar;

namespace Consultation.Core.Tests.Calendar;

/// <summary>DOMAIN.md b.6: the 2026 schedule, day by day.</summary>
public class When_reading_the_2026_schedule
{
    private static readonly VietnamWorkingCalendar Calendar = VietnamWorkingCalendar.Default;

    [Test]
    public void Should_list_exactly_the_days_off_and_the_worked_Saturdays()
    {
        var summary = Calendar.YearSummary(2026);
        Assert.That(summary.DaysOff, Is.EqualTo(new[]
        {
            ScheduleAssert.Day("2026-01-01", "Tết Dương lịch"),
            ScheduleAssert.Day("2026-01-02", "Nghỉ hoán đổi dịp Tết Dương lịch"),
            ScheduleAssert.Day("2026-02-16", "Tết Nguyên đán"),
            ScheduleAssert.Day("2026-02-17", "Tết Nguyên đán"),
            ScheduleAssert.Day("2026-02-18", "Tết Nguyên đán"),
            ScheduleAssert.Day("2026-02-19", "Tết Nguyên đán"),
            ScheduleAssert.Day("2026-02-20", "Tết Nguyên đán"),
            ScheduleAssert.Day("2026-04-26", "Giỗ Tổ Hùng Vương"),
            ScheduleAssert.Day("2026-04-27", "Nghỉ bù Giỗ Tổ Hùng Vương"),
            ScheduleAssert.Day("2026-04-30", "Ngày Chiến thắng"),
            ScheduleAssert.Day("2026-05-01", "Ngày Quốc tế Lao động"),
            ScheduleAssert.Day("2026-08-31", "Nghỉ hoán đổi dịp Quốc khánh"),
            ScheduleAssert.Day("2026-09-01", "Quốc khánh"),
            ScheduleAssert.Day("2026-09-02", "Quốc khánh"),
            ScheduleAssert.Day("2026-11-24", "Ngày Văn hóa Việt Nam"),
        }));
        Assert.That(summary.WorkingDays, Is.EqualTo(new[]
        {
            ScheduleAssert.Day("2026-01-10", "Làm bù cho ngày nghỉ 02/01/2026"),
            ScheduleAssert.Day("2026-08-22", "Làm bù cho ngày nghỉ 31/8/2026"),
        }));
    }

    [TestCase("2026-01-01", "2026-01-04")] // Tết Dương lịch, 4 days
    [TestCase("2026-02-14", "2026-02-22")] // Tết Bính Ngọ, 9 days
    [TestCase("2026-04-25", "2026-04-27")] // Giỗ Tổ Hùng Vương with Monday's substitute day
    [TestCase("2026-04-30", "2026-05-03")] // 30/4 – 1/5
    [TestCase("2026-08-29", "2026-09-02")] // Quốc khánh with the swapped Monday, 5 days
    [TestCase("2026-11-24", "2026-11-24")] // Ngày Văn hóa Việt Nam
    public void Should_keep_each_break_off_and_work_the_days_around_it(string first, string last) =>
        ScheduleAssert.IsBreak(Calendar, first, last);

    [TestCase("2026-01-10")]
    [TestCase("2026-08-22")]
    public void Should_work_the_make_up_Saturdays(string saturday) =>
        Assert.That(Calendar.IsWorkingDay(VietnamClock.Date(saturday)), Is.True);

    [Test]
    public void Should_have_249_working_days()
    {
        // 261 weekdays − 14 weekdays off + 2 worked Saturdays.
        var days = Enumerable.Range(0, 365).Select(i => new DateOnly(2026, 1, 1).AddDays(i));
        Assert.That(days.Count(Calendar.IsWorkingDay), Is.EqualTo(249));
    }
}

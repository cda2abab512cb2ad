using Consultation.Core.Calendar;

namespace Consultation.Core.Tests.Calendar;

/// <summary>DOMAIN.md b.5: the 2025 schedule for civil servants, day by day.</summary>
public class When_reading_the_2025_schedule
{
    private static readonly VietnamWorkingCalendar Calendar = VietnamWorkingCalendar.Default;

    [Test]
    public void Should_list_exactly_the_days_off_and_the_worked_Saturday()
    {
        var summary = Calendar.YearSummary(2025);
        Assert.That(summary.DaysOff, Is.EqualTo(new[]
        {
            ScheduleAssert.Day("2025-01-01", "Tết Dương lịch"),
            ScheduleAssert.Day("2025-01-27", "Tết Nguyên đán"),
            ScheduleAssert.Day("2025-01-28", "Tết Nguyên đán"),
            ScheduleAssert.Day("2025-01-29", "Tết Nguyên đán"),
            ScheduleAssert.Day("2025-01-30", "Tết Nguyên đán"),
            ScheduleAssert.Day("2025-01-31", "Tết Nguyên đán"),
            ScheduleAssert.Day("2025-02-01", "Tết Nguyên đán"),
            ScheduleAssert.Day("2025-04-07", "Giỗ Tổ Hùng Vương"),
            ScheduleAssert.Day("2025-04-30", "Ngày Chiến thắng"),
            ScheduleAssert.Day("2025-05-01", "Ngày Quốc tế Lao động"),
            ScheduleAssert.Day("2025-05-02", "Nghỉ hoán đổi dịp 30/4 – 1/5"),
            ScheduleAssert.Day("2025-09-01", "Quốc khánh"),
            ScheduleAssert.Day("2025-09-02", "Quốc khánh"),
        }));
        Assert.That(summary.WorkingDays, Is.EqualTo(new[] { ScheduleAssert.Day("2025-04-26", "Làm bù cho ngày nghỉ 02/5/2025") }));
    }

    [TestCase("2025-01-25", "2025-02-02")] // Tết Ất Tỵ, 9 days
    [TestCase("2025-04-30", "2025-05-04")] // 30/4 – 1/5 with the swapped Friday, 5 days
    [TestCase("2025-08-30", "2025-09-02")] // Quốc khánh, 4 days
    public void Should_keep_each_break_off_and_work_the_days_around_it(string first, string last) =>
        ScheduleAssert.IsBreak(Calendar, first, last);

    [Test]
    public void Should_have_250_working_days()
    {
        // 261 weekdays − 12 weekdays off + 1 worked Saturday.
        var days = Enumerable.Range(0, 365).Select(i => new DateOnly(2025, 1, 1).AddDays(i));
        Assert.That(days.Count(Calendar.IsWorkingDay), Is.EqualTo(250));
    }
}

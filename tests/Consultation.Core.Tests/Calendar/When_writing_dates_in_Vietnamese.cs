using Consultation.Core.Calendar;

namespace Consultation.Core.Tests.Calendar;

public sealed class When_writing_dates_in_Vietnamese
{
    [Test]
    public void Should_write_a_deadline_with_its_hour_weekday_and_date() =>
        Assert.That(VietnameseDates.Deadline(VietnamClock.At(2026, 12, 4, 17, 0)), Is.EqualTo("17 giờ 00, thứ Sáu, ngày 04/12/2026"));

    [Test]
    public void Should_read_a_UTC_instant_in_Vietnam_time() =>
        Assert.That(VietnameseDates.Deadline(new DateTimeOffset(2026, 12, 4, 1, 30, 0, TimeSpan.Zero)), Is.EqualTo("08 giờ 30, thứ Sáu, ngày 04/12/2026"));

    [Test]
    public void Should_write_the_last_day_alone_when_the_deadline_is_the_end_of_the_day()
    {
        // 24:00 on Friday 4 December is stored as 00:00 on Saturday 5 December.
        Assert.That(VietnameseDates.Deadline(VietnamClock.EndOf(2026, 12, 4)), Is.EqualTo("ngày 04/12/2026"));
        Assert.That(VietnameseDates.Deadline(VietnamClock.EndOf(2026, 12, 31)), Is.EqualTo("ngày 31/12/2026"), "across a year's end");
    }

    [Test]
    public void Should_name_every_weekday_as_officials_write_it()
    {
        var names = Enumerable.Range(0, 7).Select(d => VietnameseDates.Weekday(new DateOnly(2026, 12, 7).AddDays(d)));

        Assert.That(names, Is.EqualTo(new[] { "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật" }));
    }

    [TestCase(2026, 12, 7, "ngày 07 tháng 12 năm 2026")]
    [TestCase(2026, 2, 5, "ngày 05 tháng 02 năm 2026")]
    [TestCase(2026, 1, 15, "ngày 15 tháng 01 năm 2026")]
    [TestCase(2026, 3, 15, "ngày 15 tháng 3 năm 2026")]
    [TestCase(2026, 11, 8, "ngày 08 tháng 11 năm 2026")]
    public void Should_write_the_date_line_as_Decree_30_prescribes(int year, int month, int day, string expected) =>
        Assert.That(VietnameseDates.FormalDate(new DateOnly(year, month, day)), Is.EqualTo(expected));
}

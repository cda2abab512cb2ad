using Consultation.Core.Reports;

namespace Consultation.Core.Tests.Reports;

public sealed class When_writing_the_report_in_Vietnamese
{
    [TestCase(2026, 2, 5, "Đắk Lắk, ngày 05 tháng 02 năm 2026")]
    [TestCase(2026, 1, 31, "Đắk Lắk, ngày 31 tháng 01 năm 2026")]
    [TestCase(2026, 3, 15, "Đắk Lắk, ngày 15 tháng 3 năm 2026")]
    [TestCase(2026, 12, 1, "Đắk Lắk, ngày 01 tháng 12 năm 2026")]
    [TestCase(2024, 11, 8, "Đắk Lắk, ngày 08 tháng 11 năm 2024")]
    public void Should_write_the_place_and_date_line_with_the_leading_zeros_of_Decree_30(int year, int month, int day, string expected) =>
        Assert.That(ReportText.PlaceAndDate("Đắk Lắk", new DateOnly(year, month, day)), Is.EqualTo(expected));

    [Test]
    public void Should_name_a_whole_month_as_a_month_and_any_other_period_by_its_dates()
    {
        Assert.That(ReportText.Span(new ReportPeriod(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30))), Is.EqualTo("tháng 11 năm 2026"));
        Assert.That(ReportText.Span(new ReportPeriod(new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 28))), Is.EqualTo("tháng 02 năm 2026"));
        Assert.That(ReportText.Span(new ReportPeriod(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 29))),
            Is.EqualTo("từ ngày 01/11/2026 đến ngày 29/11/2026"));
    }

    [Test]
    public void Should_show_a_deadline_at_24_00_as_its_last_day_and_one_at_an_hour_with_the_hour()
    {
        // 24:00 on 8 December in Vietnam is stored as 17:00 UTC on the 8th.
        Assert.That(ReportText.Due(new DateTimeOffset(2026, 12, 8, 17, 0, 0, TimeSpan.Zero)), Is.EqualTo("08/12/2026"));
        Assert.That(ReportText.Due(new DateTimeOffset(2026, 12, 4, 10, 0, 0, TimeSpan.Zero)), Is.EqualTo("17h00 04/12/2026"));
    }

    [Test]
    public void Should_write_counts_and_rates_as_officials_do()
    {
        Assert.That(ReportText.Count(3), Is.EqualTo("03"));
        Assert.That(ReportText.Count(0), Is.EqualTo("00"));
        Assert.That(ReportText.Count(12), Is.EqualTo("12"));
        Assert.That(ReportText.Rate(0.4286), Is.EqualTo("42,9%"), "a decimal comma");
        Assert.That(ReportText.Rate(1), Is.EqualTo("100%"));
        Assert.That(ReportText.Rate(null), Is.EqualTo("—"));
    }

    [Test]
    public void Should_cover_the_month_before_the_one_it_runs_in()
    {
        var period = ReportPeriod.MonthBefore(new DateOnly(2027, 1, 4));

        Assert.That(period, Is.EqualTo(new ReportPeriod(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31))));
        // 00:00 on 1 December and 24:00 on 31 December in Vietnam.
        Assert.That(period.Start, Is.EqualTo(new DateTimeOffset(2026, 11, 30, 17, 0, 0, TimeSpan.Zero)));
        Assert.That(period.End, Is.EqualTo(new DateTimeOffset(2026, 12, 31, 17, 0, 0, TimeSpan.Zero)));
    }

    [Test]
    public void Should_cut_a_trend_into_the_months_a_period_touches()
    {
        var months = new ReportPeriod(new DateOnly(2026, 11, 15), new DateOnly(2027, 1, 10)).Months();

        Assert.That(months.Select(m => (m.MonthLabel, m.From.Day, m.To.Day)),
            Is.EqualTo(new[] { ("2026-11", 15, 30), ("2026-12", 1, 31), ("2027-01", 1, 10) }));
    }
}

using Consultation.Core.Calendar;

namespace Consultation.Core.Tests.Calendar;

public class When_converting_between_solar_and_lunar_dates
{
    [Test]
    public void Should_round_trip_every_day_from_1900_to_2100()
    {
        var failures = 0;
        for (var day = new DateOnly(1900, 1, 1); day <= new DateOnly(2100, 12, 31); day = day.AddDays(1))
        {
            if (LunarCalendar.ToSolar(LunarCalendar.FromSolar(day)) != day)
            {
                failures++;
            }
        }
        Assert.That(failures, Is.Zero);
    }

    [TestCase("2025-01-28", 2024, 12, 29)] // the last day of Giáp Thìn: its 12th month has 29 days
    [TestCase("2025-01-29", 2025, 1, 1)]
    [TestCase("2026-02-16", 2025, 12, 29)]
    [TestCase("2025-12-31", 2025, 11, 12)]
    [TestCase("2026-09-25", 2026, 8, 15)] // Tết Trung thu 2026
    public void Should_name_the_lunar_date(string solar, int year, int month, int day) =>
        Assert.That(LunarCalendar.FromSolar(VietnamClock.Date(solar)), Is.EqualTo(new LunarDate(year, month, day)));

    [Test]
    public void Should_not_invent_dates_that_do_not_exist()
    {
        Assert.That(LunarCalendar.ToSolar(new LunarDate(2024, 12, 30)), Is.Null);
        Assert.That(LunarCalendar.ToSolar(new LunarDate(2024, 12, 31)), Is.Null);
        Assert.That(LunarCalendar.ToSolar(new LunarDate(2024, 13, 1)), Is.Null);
    }

    [Test]
    public void Should_make_every_month_29_or_30_days_long()
    {
        var lengths = Enumerable.Range(1900, 201).SelectMany(LunarCalendar.MonthsOf).Select(m => m.Length).Distinct().Order();
        Assert.That(lengths, Is.EqualTo(new[] { 29, 30 }));
    }

    [Test]
    public void Should_refuse_years_outside_the_supported_range()
    {
        Assert.That(() => LunarCalendar.NewYear(LunarCalendar.MinYear - 1), Throws.TypeOf<ArgumentOutOfRangeException>());
        Assert.That(() => LunarCalendar.NewYear(LunarCalendar.MaxYear + 1), Throws.TypeOf<ArgumentOutOfRangeException>());
    }
}

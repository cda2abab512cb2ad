using Consultation.Core.Calendar;

namespace Consultation.Core.Tests.Calendar;

public class When_the_lunar_year_has_a_leap_month
{
    [TestCase(2023, 2, "2023-03-22")] // Quý Mão: leap 2nd month (DOMAIN.md e)
    [TestCase(2025, 6, "2025-07-25")] // Ất Tỵ: leap 6th month (DOMAIN.md e)
    [TestCase(2033, 11, "2033-12-22")] // the "2033 problem": the leap month comes right after month 11
    public void Should_repeat_the_month_without_a_major_solar_term(int year, int month, string firstDay)
    {
        var months = LunarCalendar.MonthsOf(year);
        var leap = months.Single(m => m.IsLeapMonth);
        Assert.That(months, Has.Count.EqualTo(13));
        Assert.That((leap.Month, leap.FirstDay), Is.EqualTo((month, VietnamClock.Date(firstDay))));
        Assert.That(LunarCalendar.LeapMonth(year), Is.EqualTo(month));
    }

    [Test]
    public void Should_follow_the_ordinary_month_of_the_same_number()
    {
        var months = LunarCalendar.MonthsOf(2025);
        var sixth = months.Single(m => m.Month == 6 && !m.IsLeapMonth);
        var leapSixth = months.Single(m => m.IsLeapMonth);
        Assert.That(leapSixth.FirstDay, Is.EqualTo(sixth.FirstDay.AddDays(sixth.Length)));
        Assert.That(LunarCalendar.FromSolar(new DateOnly(2025, 8, 1)), Is.EqualTo(new LunarDate(2025, 6, 8, IsLeapMonth: true)));
    }

    [TestCase(2024)]
    [TestCase(2026)]
    public void Should_have_twelve_months_in_an_ordinary_year(int year)
    {
        Assert.That(LunarCalendar.MonthsOf(year), Has.Count.EqualTo(12));
        Assert.That(LunarCalendar.LeapMonth(year), Is.Null);
        Assert.That(LunarCalendar.ToSolar(new LunarDate(year, 6, 1, IsLeapMonth: true)), Is.Null);
    }

    [Test]
    public void Should_have_seven_leap_months_in_every_nineteen_years()
    {
        // The Metonic cycle: 235 lunations in 19 tropical years, i.e. 7 leap months; exact to within one.
        var leapYears = Enumerable.Range(1900, 201).Count(y => LunarCalendar.LeapMonth(y) is not null);
        Assert.That(leapYears, Is.InRange(201 * 7 / 19 - 1, 201 * 7 / 19 + 1));
    }
}

using System.Globalization;
using Consultation.Core.Calendar;

namespace Consultation.Core.Tests.Calendar;

/// <summary>
/// .NET's <see cref="ChineseLunisolarCalendar"/> holds China's official tables (UTC+8). Production
/// code must not use it; here it is an independent oracle: the same astronomy reckoned at UTC+8
/// must reproduce it, and at UTC+7 must differ from it exactly where DOMAIN.md e says.
/// </summary>
public class When_comparing_with_the_Chinese_calendar
{
    private static readonly ChineseLunisolarCalendar China = new();

    [Test]
    public void Should_reproduce_every_Chinese_month_when_reckoned_at_UTC_plus_8()
    {
        var mismatches = new List<string>();
        // China reckoned at Beijing local time (UTC+7:46) before 1929, so earlier years are not comparable.
        for (var year = 1929; year <= 2100; year++)
        {
            var ours = LunarCalendar.MonthsOf(year, TimeSpan.FromHours(8));
            for (var index = 1; index <= China.GetMonthsInYear(year); index++)
            {
                var theirs = DateOnly.FromDateTime(China.ToDateTime(year, index, 1, 0, 0, 0, 0));
                if (ours[index - 1].FirstDay != theirs)
                {
                    mismatches.Add($"{year}/{index}: {ours[index - 1].FirstDay:yyyy-MM-dd} vs {theirs:yyyy-MM-dd}");
                }
            }
        }
        // HKO flags the new moon of 28 Sep 2057 as within minutes of midnight (UTC+8), so either day is defensible.
        Assert.That(mismatches, Is.EqualTo(new[] { "2057/9: 2057-09-28 vs 2057-09-29" }));
    }

    [Test]
    public void Should_give_a_different_Tet_exactly_in_the_years_DOMAIN_lists()
    {
        var differing = Enumerable.Range(1901, 200)
            .Where(year => LunarCalendar.NewYear(year) != DateOnly.FromDateTime(China.ToDateTime(year, 1, 1, 0, 0, 0, 0)));
        Assert.That(differing, Is.EqualTo(new[] { 1903, 1935, 1965, 1968, 1969, 1985, 2007, 2030, 2053 }));
    }

    [Test]
    public void Should_give_a_different_Hung_Kings_day_in_eleven_years()
    {
        var differing = Enumerable.Range(1901, 200).Where(year => LunarCalendar.HungKingsDay(year) != ChineseHungKingsDay(year)).ToList();
        Assert.That(differing, Has.Count.EqualTo(11));
        Assert.That(differing, Is.SupersetOf(new[] { 2009, 2037, 2038, 2085, 2086, 2095, 2100 }));
    }

    private static DateOnly ChineseHungKingsDay(int year)
    {
        // GetLeapMonth gives the position of the leap month; a leap 1st or 2nd month pushes month 3 one place on.
        var leap = China.GetLeapMonth(year);
        var position = leap is > 0 and <= 3 ? 4 : 3;
        return DateOnly.FromDateTime(China.ToDateTime(year, position, 10, 0, 0, 0, 0));
    }
}

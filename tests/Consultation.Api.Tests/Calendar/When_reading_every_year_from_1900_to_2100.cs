using System.Diagnostics;
using Consultation.Core.Calendar;
using Consultation.TestSupport;

namespace Consultation.Api.Tests.Calendar;

/// <summary>
/// The "done when", through the endpoint: every year lists the Vietnamese Tết and Hùng Kings
/// day. The year is computed in memory, so one provider is enough and the loop stays fast.
/// </summary>
[TestFixture(typeof(SqliteDb))]
public sealed class When_reading_every_year_from_1900_to_2100<TDatabase> : ApiScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    [Test]
    public async Task Should_list_Tet_and_the_Hung_Kings_day_of_the_lunar_calendar_every_year()
    {
        var client = As("STP");
        var watch = Stopwatch.StartNew();
        for (var year = 1900; year <= 2100; year++)
        {
            var daysOff = CalendarJson.Days(await Json(await client.GetAsync($"/api/v1/calendar/{year}")), "daysOff");
            Assert.That(daysOff, Does.Contain((LunarCalendar.NewYear(year), "Tết Nguyên đán")), $"Tết {year}");
            Assert.That(daysOff, Does.Contain((LunarCalendar.HungKingsDay(year), "Giỗ Tổ Hùng Vương")), $"Giỗ Tổ {year}");
        }
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)), "201 years through the endpoint");
    }
}

using System.Net;
using Consultation.Core.Calendar;
using Consultation.TestSupport;

namespace Consultation.Api.Tests.Calendar;

/// <summary>GET /api/v1/calendar/{year} and /overrides on a fresh database, seeded with the official schedules.</summary>
[TestFixture(typeof(SqliteDb))]
[TestFixture(typeof(PostgresDb))]
[TestFixture(typeof(SqlServerDb))]
public sealed class When_reading_a_year_of_the_calendar<TDatabase> : ApiScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    // Tết as published for Vietnam (DOMAIN.md e): 1985, 2007, 2030 and 2053 are years China's
    // calendar puts it a day or a month later. The Hùng Kings day of these years comes from the
    // lunar calendar, which Consultation.Core.Tests checks against published dates.
    [TestCase(1985, "1985-01-21")]
    [TestCase(2007, "2007-02-17")]
    [TestCase(2025, "2025-01-29")]
    [TestCase(2026, "2026-02-17")]
    [TestCase(2030, "2030-02-02")]
    [TestCase(2053, "2053-02-18")]
    public async Task Should_list_Tet_and_the_Hung_Kings_day_among_the_days_off(int year, string tet)
    {
        var body = await Json(await As("STP").GetAsync($"/api/v1/calendar/{year}"));

        Assert.That(body["year"]!.GetValue<int>(), Is.EqualTo(year));
        var daysOff = CalendarJson.Days(body, "daysOff");
        Assert.That(daysOff, Does.Contain((CalendarJson.Date(tet), "Tết Nguyên đán")));
        Assert.That(daysOff, Does.Contain((LunarCalendar.HungKingsDay(year), "Giỗ Tổ Hùng Vương")));
    }

    [TestCase(2025, "2025-04-07")]
    [TestCase(2026, "2026-04-26")]
    [TestCase(2027, "2027-04-16")]
    public async Task Should_place_the_Hung_Kings_day_on_its_published_date(int year, string expected)
    {
        var body = await Json(await As("STP").GetAsync($"/api/v1/calendar/{year}"));

        Assert.That(CalendarJson.Days(body, "daysOff"), Does.Contain((CalendarJson.Date(expected), "Giỗ Tổ Hùng Vương")));
    }

    [Test]
    public async Task Should_reflect_the_2026_official_schedule_exactly()
    {
        var body = await Json(await As("STP").GetAsync("/api/v1/calendar/2026"));

        Assert.That(CalendarJson.Days(body, "daysOff").Select(d => $"{d.Date:yyyy-MM-dd} {d.Name}"), Is.EqualTo(new[]
        {
            "2026-01-01 Tết Dương lịch",
            "2026-01-02 Nghỉ hoán đổi dịp Tết Dương lịch",
            "2026-02-16 Tết Nguyên đán",
            "2026-02-17 Tết Nguyên đán",
            "2026-02-18 Tết Nguyên đán",
            "2026-02-19 Tết Nguyên đán",
            "2026-02-20 Tết Nguyên đán",
            "2026-04-26 Giỗ Tổ Hùng Vương",
            "2026-04-27 Nghỉ bù Giỗ Tổ Hùng Vương",
            "2026-04-30 Ngày Chiến thắng",
            "2026-05-01 Ngày Quốc tế Lao động",
            "2026-08-31 Nghỉ hoán đổi dịp Quốc khánh",
            "2026-09-01 Quốc khánh",
            "2026-09-02 Quốc khánh",
            "2026-11-24 Ngày Văn hóa Việt Nam",
        }));
        Assert.That(CalendarJson.Days(body, "workingDays").Select(d => $"{d.Date:yyyy-MM-dd} {d.Name}"), Is.EqualTo(new[]
        {
            "2026-01-10 Làm bù cho ngày nghỉ 02/01/2026",
            "2026-08-22 Làm bù cho ngày nghỉ 31/8/2026",
        }));
    }

    [Test]
    public async Task Should_reflect_the_2025_official_schedule()
    {
        var body = await Json(await As("STP").GetAsync("/api/v1/calendar/2025"));

        var daysOff = CalendarJson.Days(body, "daysOff").Select(d => d.Date).ToList();
        // Tết Ất Tỵ: the schedule adds Monday 27/1, and nothing is owed for Saturday 1/2, which the
        // list still shows because daysOff names every holiday date, weekend ones too.
        Assert.That(daysOff.Where(d => d.Month is 1 or 2), Is.EqualTo(new[]
        {
            "2025-01-01", "2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", "2025-02-01",
        }.Select(CalendarJson.Date)));
        Assert.That(daysOff, Does.Contain(CalendarJson.Date("2025-05-02")));
        Assert.That(CalendarJson.Days(body, "workingDays").Select(d => d.Date), Is.EqualTo(new[] { CalendarJson.Date("2025-04-26") }));
    }

    [Test]
    public async Task Should_hold_exactly_the_official_schedules_of_the_code_as_seed()
    {
        var list = (await JsonArray(await As("STP").GetAsync("/api/v1/calendar/overrides")))
            .Select(o => (CalendarJson.Date(o!["date"]!), o!["kind"]!.GetValue<string>(), o!["name"]!.GetValue<string>()));

        Assert.That(list, Is.EqualTo(OfficialSchedules.Seed.OrderBy(o => o.Date)
            .Select(o => (o.Date, CalendarOverrideKinds.ToCode(o.Kind), o.Name))));
    }

    [Test]
    public async Task Should_list_the_overrides_of_one_year()
    {
        var list = await JsonArray(await As("supervisor").GetAsync("/api/v1/calendar/overrides?year=2025"));

        Assert.That(list.Select(o => o!["date"]!.GetValue<string>()), Is.EqualTo(new[] { "2025-01-27", "2025-04-26", "2025-05-02" }));
    }

    [TestCase("STP")]
    [TestCase("supervisor")]
    [TestCase("ops")]
    [TestCase("admin")]
    public async Task Should_be_readable_by_every_authenticated_caller(string who) =>
        Assert.That((await As(who).GetAsync("/api/v1/calendar/2026")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

    [Test]
    public async Task Should_refuse_a_caller_without_a_key() =>
        Assert.That((await Factory.CreateClient().GetAsync("/api/v1/calendar/2026")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));

    [TestCase("1800")]
    [TestCase("2199")]
    [TestCase("0")]
    [TestCase("-5")]
    public async Task Should_refuse_a_year_the_calendar_does_not_cover(string year)
    {
        var response = await As("STP", "en").GetAsync($"/api/v1/calendar/{year}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var problem = await Json(response);
        Assert.That(problem["errors"]!["year"]![0]!.GetValue<string>(), Is.EqualTo("The year must be between 1801 and 2198."));
    }

    [Test]
    public async Task Should_explain_a_refused_year_in_Vietnamese_by_default()
    {
        var problem = await Json(await As("STP").GetAsync("/api/v1/calendar/2500"));

        Assert.That(problem["errors"]!["year"]![0]!.GetValue<string>(), Is.EqualTo("Năm phải từ 1801 đến 2198."));
    }

    [TestCase("/api/v1/calendar/năm-nay")]
    [TestCase("/api/v1/calendar/99999999999")]
    [TestCase("/api/v1/calendar/overrides?year=abc")]
    [TestCase("/api/v1/calendar/overrides?year=3000")]
    public async Task Should_refuse_a_year_that_is_not_one(string path) =>
        Assert.That((await As("STP").GetAsync(path)).StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));

    private static async Task<System.Text.Json.Nodes.JsonArray> JsonArray(HttpResponseMessage response)
    {
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
    }
}

using System.Net;
using Consultation.TestSupport;

namespace Consultation.Api.Tests.Calendar;

/// <summary>GET /api/v1/calendar/deadline across the 2026 breaks, with the official schedule seeded.</summary>
[TestFixture(typeof(SqliteDb))]
[TestFixture(typeof(PostgresDb))]
[TestFixture(typeof(SqlServerDb))]
public sealed class When_asking_for_a_deadline<TDatabase> : ApiScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    // Received at 09:00 in Vietnam unless stated; the period ends at 24:00 of its last working day.
    [TestCase("2026-02-12T09:00:00+07:00", 1, 2026, 2, 13, TestName = "Thursday before Tết Bính Ngọ: Friday 13/2")]
    [TestCase("2026-02-13T09:00:00+07:00", 1, 2026, 2, 23, TestName = "Friday before Tết: the nine-day break is skipped")]
    [TestCase("2026-02-13T09:00:00+07:00", 5, 2026, 2, 27, TestName = "Five days from the last day before Tết")]
    [TestCase("2026-02-12T23:30:00Z", 1, 2026, 2, 23, TestName = "23:30 UTC is already Friday 13/2 in Vietnam")]
    [TestCase("2026-04-29T09:00:00+07:00", 1, 2026, 5, 4, TestName = "30/4 and 1/5 on Thursday and Friday")]
    [TestCase("2026-04-24T09:00:00+07:00", 2, 2026, 4, 29, TestName = "Hùng Kings on Sunday 26/4 with Monday 27/4 off")]
    [TestCase("2026-08-28T09:00:00+07:00", 1, 2026, 9, 3, TestName = "Quốc khánh: 29/8 to 2/9 off, Monday 31/8 swapped")]
    [TestCase("2026-08-21T09:00:00+07:00", 1, 2026, 8, 22, TestName = "Saturday 22/8 is worked in exchange")]
    [TestCase("2026-01-09T09:00:00+07:00", 1, 2026, 1, 10, TestName = "Saturday 10/1 is worked in exchange")]
    [TestCase("2025-12-31T09:00:00+07:00", 1, 2026, 1, 5, TestName = "New Year: 1/1 and the swapped Friday 2/1")]
    [TestCase("2025-04-25T09:00:00+07:00", 1, 2025, 4, 26, TestName = "2025: Saturday 26/4 is worked")]
    [TestCase("2025-04-29T09:00:00+07:00", 1, 2025, 5, 5, TestName = "2025: 30/4 to 4/5 off with Friday 2/5 swapped")]
    public async Task Should_end_at_the_end_of_the_right_working_day(string from, int workingDays, int year, int month, int day)
    {
        var response = await As("STP").GetAsync($"/api/v1/calendar/deadline?from={Uri.EscapeDataString(from)}&workingDays={workingDays}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var body = await Json(response);
        Assert.That(CalendarJson.Time(body["dueAt"]!), Is.EqualTo(CalendarJson.EndOf(year, month, day)));
        Assert.That(CalendarJson.Time(body["from"]!), Is.EqualTo(DateTimeOffset.Parse(from, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(body["workingDays"]!.GetValue<int>(), Is.EqualTo(workingDays));
    }

    [Test]
    public async Task Should_count_from_now_when_no_time_is_given()
    {
        var body = await Json(await As("STP").GetAsync("/api/v1/calendar/deadline?workingDays=5"));

        // The clock reads Tuesday 1/12/2026, 09:00 in Vietnam.
        Assert.That(CalendarJson.Time(body["from"]!), Is.EqualTo(Factory.Clock.GetUtcNow()));
        Assert.That(CalendarJson.Time(body["dueAt"]!), Is.EqualTo(CalendarJson.EndOf(2026, 12, 8)));
    }

    [TestCase("workingDays=0", "workingDays")]
    [TestCase("workingDays=121", "workingDays")]
    [TestCase("", "workingDays")]
    [TestCase("workingDays=năm", "workingDays")]
    [TestCase("workingDays=5&from=2026-02-13", "from")]
    [TestCase("workingDays=5&from=2026-02-13T09:00:00", "from")]
    [TestCase("workingDays=5&from=hôm-nay", "from")]
    [TestCase("workingDays=5&from=1700-01-01T00:00:00Z", "from")]
    public async Task Should_refuse_bad_input_naming_the_field(string query, string field)
    {
        var response = await As("STP").GetAsync($"/api/v1/calendar/deadline?{query}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var problem = await Json(response);
        Assert.That(problem["errors"]!.AsObject().Select(e => e.Key), Does.Contain(field), problem.ToJsonString());
    }

    [Test]
    public async Task Should_name_both_fields_when_both_are_wrong_in_English_on_request()
    {
        var problem = await Json(await As("STP", "en").GetAsync("/api/v1/calendar/deadline?from=tomorrow&workingDays=500"));

        Assert.That(problem["errors"]!["from"]![0]!.GetValue<string>(), Does.StartWith("Must be an ISO 8601 time with an offset"));
        Assert.That(problem["errors"]!["workingDays"]![0]!.GetValue<string>(), Is.EqualTo("Working days must be between 1 and 120."));
    }
}

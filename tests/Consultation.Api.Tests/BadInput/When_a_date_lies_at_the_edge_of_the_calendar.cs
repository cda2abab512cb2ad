using Consultation.TestSupport;

namespace Consultation.Api.Tests.BadInput;

/// <summary>
/// The working-day calendar is computed from 1801 to 2198; a moment outside it, even one whose Vietnam
/// date would fall past year 9999, is a 400 naming the field, never a 500.
/// </summary>
[TestFixture(typeof(SqliteDb))]
[TestFixture(typeof(PostgresDb))]
[TestFixture(typeof(SqlServerDb))]
public sealed class When_a_date_lies_at_the_edge_of_the_calendar<TDatabase> : BadInputScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    [TestCase("from=9999-12-31T23:00:00Z&workingDays=5", "from")]
    [TestCase("from=9999-12-31T17:00:00Z&workingDays=5", "from")]
    [TestCase("from=9999-12-31T23:59:59.9999999Z&workingDays=5", "from")]
    [TestCase("from=9999-12-31T16:59:59Z&workingDays=5", "from")]
    [TestCase("from=0001-01-01T00:00:00Z&workingDays=5", "from")]
    [TestCase("from=0001-01-01T00:00:00%2B14:00&workingDays=5", "from")]
    [TestCase("from=1800-12-31T16:59:59Z&workingDays=5", "from")]
    [TestCase("from=2198-01-01T00:00:00%2B07:00&workingDays=5", "from")]
    [TestCase("from=2026-12-01T00:00:00Z&workingDays=2147483647", "workingDays")]
    [TestCase("from=2026-12-01T00:00:00Z&workingDays=-2147483648", "workingDays")]
    [TestCase("from=2026-12-01T00:00:00Z&workingDays=99999999999", "workingDays")]
    public async Task Should_refuse_a_deadline_outside_the_calendar_naming_the_field(string query, string field)
    {
        var response = await As("STP").GetAsync($"/api/v1/calendar/deadline?{query}");

        var problem = await AssertProblem(response, 400, "validation");
        Assert.That(problem["errors"]!.AsObject().Select(e => e.Key), Is.EqualTo(new[] { field }));
    }

    [TestCase("from=1800-12-31T17:00:00Z&workingDays=1", TestName = "The first moment of 1801 in Vietnam")]
    [TestCase("from=2197-12-31T16:59:59Z&workingDays=120", TestName = "The last moment of 2197 in Vietnam, running into 2198")]
    public async Task Should_compute_a_deadline_at_the_edges_that_are_inside(string query)
    {
        var response = await As("STP").GetAsync($"/api/v1/calendar/deadline?{query}");

        Assert.That((int)response.StatusCode, Is.EqualTo(200), await response.Content.ReadAsStringAsync());
    }

    [TestCase("0")]
    [TestCase("-1")]
    [TestCase("1800")]
    [TestCase("2199")]
    [TestCase("10000")]
    [TestCase("2147483647")]
    [TestCase("-2147483648")]
    [TestCase("99999999999")]
    public async Task Should_refuse_a_year_outside_the_calendar(string year)
    {
        var response = await As("STP").GetAsync($"/api/v1/calendar/{year}");

        var problem = await AssertProblem(response, 400, "validation");
        Assert.That(problem["errors"]!.AsObject().Select(e => e.Key), Is.EqualTo(new[] { "year" }));
    }

    [TestCase("9999-12-31T23:59:59Z")]
    [TestCase("9999-12-31T23:59:59.9999999+00:00")]
    [TestCase("9999-12-31T23:59:59-14:00")]
    [TestCase("0001-01-01T00:00:00+14:00")]
    [TestCase("0001-01-01T00:00:00Z")]
    [TestCase("10000-01-01T00:00:00Z")]
    public async Task Should_refuse_a_due_moment_out_of_range_in_every_body_and_change_nothing(string dueAt)
    {
        var id = await OpenAsync();
        var before = await SnapshotAsync();
        var open = ValidConsultation();
        open.Remove("workingDays");
        open["dueAt"] = dueAt;
        var stc = As("STC");

        var responses = new[]
        {
            await stc.PostAsync("/api/v1/consultations", JsonBody(open)),
            await stc.PostAsync($"/api/v1/consultations/{id}/assignments/STP/extension", JsonBody($$"""{"dueAt":"{{dueAt}}","reason":"Cần thêm thời gian thẩm định"}""")),
            await stc.PostAsync($"/api/v1/consultations/{id}/assignments/STP/review", JsonBody($$"""{"decision":"request_clarification","dueAt":"{{dueAt}}"}""")),
        };

        foreach (var response in responses)
        {
            var problem = await AssertProblem(response, 400, "validation");
            Assert.That(problem["errors"]!.AsObject().Select(e => e.Key), Does.Contain("dueAt"));
        }
        await AssertUnchangedSince(before);
    }
}

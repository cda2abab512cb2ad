using System.Net;
using Consultation.TestSupport;

namespace Consultation.Api.Tests.Reports;

/// <summary>
/// A lead unit reads its own report and scorecard; the supervisor reads any, the province-wide report
/// and the ranking; admin and ops keys read none. Bad periods and formats are problems naming the field.
/// </summary>
[TestFixture(typeof(SqliteDb))]
[TestFixture(typeof(PostgresDb))]
[TestFixture(typeof(SqlServerDb))]
public sealed class Who_may_read_reports<TDatabase> : ApiScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private const string Report = "/api/v1/reports/non-cooperation?from=2026-11-01&to=2026-11-30";
    private const string Period = "from=2026-11-01&to=2026-11-30";

    [TestCase("nobody", Report + "&lead=STC", 401)]
    [TestCase("admin", Report + "&lead=STC", 403)]
    [TestCase("ops", Report + "&lead=STC", 403)]
    [TestCase("STC", Report + "&lead=STC", 200)]
    [TestCase("STC", Report, 200)]
    [TestCase("STC", Report + "&lead=stc&format=docx", 200)]
    [TestCase("STP", Report + "&lead=STC", 403)]
    [TestCase("STC", Report + "&lead=all", 403)]
    [TestCase("supervisor", Report + "&lead=STC&format=xlsx", 200)]
    [TestCase("supervisor", Report + "&lead=all", 200)]
    [TestCase("supervisor", Report, 200)]
    [TestCase("supervisor", Report + "&lead=ZZZ", 404)]
    [TestCase("STP", "/api/v1/agencies/STP/scorecard?" + Period, 200)]
    [TestCase("STP", "/api/v1/agencies/SXD/scorecard?" + Period, 403)]
    [TestCase("supervisor", "/api/v1/agencies/SXD/scorecard?" + Period, 200)]
    [TestCase("supervisor", "/api/v1/agencies/ZZZ/scorecard?" + Period, 404)]
    [TestCase("admin", "/api/v1/agencies/STP/scorecard?" + Period, 403)]
    [TestCase("supervisor", "/api/v1/scorecards?" + Period, 200)]
    [TestCase("STC", "/api/v1/scorecards?" + Period, 403)]
    [TestCase("ops", "/api/v1/scorecards?" + Period, 403)]
    public async Task Should_answer_with_the_expected_status(string caller, string path, int expected)
    {
        var client = caller == "nobody" ? Factory.CreateClient() : As(caller);

        var response = await client.GetAsync(path);

        Assert.That((int)response.StatusCode, Is.EqualTo(expected), await response.Content.ReadAsStringAsync());
        if (expected >= 400)
        {
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        }
    }

    [TestCase("from=2026-13-01&to=2026-12-31", "from")]
    [TestCase("from=2026-12-01", "to")]
    [TestCase("from=01/12/2026&to=2026-12-31", "from")]
    [TestCase("from=2026-12-31&to=2026-12-01", "to")]
    [TestCase("from=2020-01-01&to=2026-12-31", "to")]
    [TestCase("from=2026-12-01&to=2026-12-31&format=pdf", "format")]
    [TestCase("from=2026-12-01&to=2026-12-31&lead=S%20TC", "lead")]
    public async Task Should_name_the_field_that_is_wrong(string query, string field)
    {
        var response = await As("supervisor").GetAsync($"/api/v1/reports/non-cooperation?{query}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var problem = await Json(response);
        Assert.That(problem["errors"]!.AsObject().Select(e => e.Key), Does.Contain(field), problem.ToJsonString());
    }

    [Test]
    public async Task Should_explain_in_Vietnamese_first_and_in_English_on_request()
    {
        var vietnamese = await Json(await As("STP").GetAsync(Report + "&lead=STC"));
        var english = await Json(await As("STP", "en").GetAsync("/api/v1/scorecards?from=2026-12-31&to=2026-12-01"));
        var reversed = await Json(await As("supervisor", "en").GetAsync("/api/v1/scorecards?from=2026-12-31&to=2026-12-01"));

        Assert.That(vietnamese["title"]!.GetValue<string>(), Does.StartWith("Cơ quan chỉ được xem báo cáo"));
        Assert.That(english["title"]!.GetValue<string>(), Does.Contain("Only the supervisor"));
        Assert.That(reversed["errors"]!["to"]![0]!.GetValue<string>(), Does.Contain("may not be before"));
    }
}

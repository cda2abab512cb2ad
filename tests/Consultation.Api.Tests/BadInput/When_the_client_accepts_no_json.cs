using Consultation.TestSupport;

namespace Consultation.Api.Tests.BadInput;

/// <summary>
/// Refusals written outside an endpoint (401, 403, 404, 413, 415, 429) went through a problem writer
/// that honours Accept and throws when no writer matches; so "Accept: application/xml" turned every
/// such refusal into an empty 500. A problem is always JSON (RFC 9457), whatever the client accepts.
/// </summary>
[TestFixture(typeof(SqliteDb))]
[TestFixture(typeof(PostgresDb))]
[TestFixture(typeof(SqlServerDb))]
public sealed class When_the_client_accepts_no_json<TDatabase> : BadInputScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    [TestCase("application/xml")]
    [TestCase("text/html;q=garbage")]
    [TestCase("image/png, text/*;q=0.5")]
    public async Task Should_still_answer_a_refusal_with_a_json_problem(string accept)
    {
        var anonymous = Factory.CreateClient();
        anonymous.DefaultRequestHeaders.TryAddWithoutValidation("Accept", accept);
        var agency = As("STP");
        agency.DefaultRequestHeaders.TryAddWithoutValidation("Accept", accept);

        await AssertProblem(await anonymous.GetAsync("/api/v1/agencies"), 401, "unauthorized");
        await AssertProblem(await agency.PutAsync("/api/v1/calendar/overrides/2027-03-03", JsonBody("""{"kind":"day_off","name":"Nghỉ"}""")), 403, "forbidden");
        await AssertProblem(await agency.GetAsync("/api/v1/no-such-thing"), 404, "not_found");
        await AssertProblem(await agency.PostAsync("/api/v1/assessments", RawBody.Of("{}", "application/json; charset=foo")), 415, "unsupported_charset");
    }

    [Test]
    public async Task Should_answer_a_refusal_from_an_endpoint_with_a_json_problem_too()
    {
        var agency = As("STP");
        agency.DefaultRequestHeaders.TryAddWithoutValidation("Accept", "application/xml");

        await AssertProblem(await agency.GetAsync("/api/v1/calendar/2199"), 400, "validation");
    }
}

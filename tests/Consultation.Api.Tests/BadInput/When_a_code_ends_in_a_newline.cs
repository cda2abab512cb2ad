using System.Text.Json.Nodes;
using Consultation.TestSupport;

namespace Consultation.Api.Tests.BadInput;

/// <summary>
/// .NET's <c>$</c> also matches before a final "\n", so a code pattern anchored with it let "ABC\n"
/// through: the agency was registered and audited, then writing its Location header failed with a 500.
/// </summary>
[TestFixture(typeof(SqliteDb))]
[TestFixture(typeof(PostgresDb))]
[TestFixture(typeof(SqlServerDb))]
public sealed class When_a_code_ends_in_a_newline<TDatabase> : BadInputScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    [TestCase("ABC\n")]
    [TestCase("ABC\r\n")]
    [TestCase("\nABC")]
    [TestCase("AB\nC")]
    public async Task Should_refuse_to_register_the_agency_and_change_nothing(string code)
    {
        var before = await SnapshotAsync();
        var body = new JsonObject { ["code"] = code, ["name"] = "Sở Thử nghiệm", ["kind"] = "department", ["email"] = "thu@daklak.test" };

        var response = await As("admin").PostAsync("/api/v1/agencies", JsonBody(body));

        var problem = await AssertProblem(response, 400, "validation");
        Assert.That(problem["errors"]!["code"], Is.Not.Null);
        await AssertUnchangedSince(before);
    }

    [Test]
    public async Task Should_not_take_a_consulted_agencys_code_with_a_newline_for_the_agency()
    {
        var body = ValidConsultation();
        body["consultees"]![0]!["agencyCode"] = "STP\n";

        var response = await As("STC").PostAsync("/api/v1/consultations", JsonBody(body));

        var problem = await AssertProblem(response, 400, "validation");
        Assert.That(problem["errors"]!["consultees[0].agencyCode"], Is.Not.Null);
    }

    [TestCase("/api/v1/agencies/STC%0A")]
    [TestCase("/api/v1/agencies/STC%0A/scorecard?from=2026-01-01&to=2026-01-31")]
    public async Task Should_not_find_an_agency_by_its_code_with_a_newline(string path)
    {
        var response = await As("supervisor").GetAsync(path);

        await AssertProblem(response, 404, "agency_not_found");
    }

    [Test]
    public async Task Should_not_issue_a_key_for_an_agency_code_with_a_newline()
    {
        var before = await SnapshotAsync();

        var response = await As("admin").PostAsync("/api/v1/agencies/STC%0A/keys", JsonBody("""{"role":"agency"}"""));

        await AssertProblem(response, 404, "agency_not_found");
        await AssertUnchangedSince(before);
    }
}

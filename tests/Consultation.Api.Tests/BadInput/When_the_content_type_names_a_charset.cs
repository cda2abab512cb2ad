using Consultation.TestSupport;

namespace Consultation.Api.Tests.BadInput;

/// <summary>JSON is UTF-8 (RFC 8259, section 8.1): UTF-8 is read however the charset spells it, anything else is a 415.</summary>
[TestFixture(typeof(SqliteDb))]
[TestFixture(typeof(PostgresDb))]
[TestFixture(typeof(SqlServerDb))]
public sealed class When_the_content_type_names_a_charset<TDatabase> : BadInputScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    [TestCase("application/json; charset=utf-8")]
    [TestCase("application/json; charset=UTF-8")]
    [TestCase("application/json; charset=\"utf-8\"")]
    [TestCase("application/json;charset=\"UTF-8\"")]
    public async Task Should_read_utf8_however_it_is_written(string contentType)
    {
        var response = await As("STC").PostAsync("/api/v1/consultations", RawBody.Of(ValidConsultation().ToJsonString(), contentType));

        Assert.That((int)response.StatusCode, Is.EqualTo(201), await response.Content.ReadAsStringAsync());
    }

    [TestCase("application/json; charset=foo")]
    [TestCase("application/json; charset=\"foo\"")]
    [TestCase("application/json; charset=")]
    [TestCase("application/json; charset=utf-16")]
    [TestCase("application/json; charset=iso-8859-1")]
    [TestCase("application/json; charset=utf-8; charset=foo")]
    public async Task Should_refuse_any_other_charset_with_415_and_change_nothing(string contentType)
    {
        var before = await SnapshotAsync();

        var response = await As("STC").PostAsync("/api/v1/consultations", RawBody.Of(ValidConsultation().ToJsonString(), contentType));

        var problem = await AssertProblem(response, 415, "unsupported_charset");
        Assert.That(problem["title"]!.GetValue<string>(), Does.Contain("UTF-8"));
        await AssertUnchangedSince(before);
    }

    [Test]
    public async Task Should_refuse_it_on_every_json_operation_in_the_callers_language()
    {
        var response = await As("admin", "en").PostAsync("/api/v1/agencies", RawBody.Of("{}", "application/json; charset=foo"));

        var problem = await AssertProblem(response, 415, "unsupported_charset");
        Assert.That(problem["title"]!.GetValue<string>(), Does.StartWith("Only"));
    }
}

using System.Net;
using Consultation.TestSupport;

namespace Consultation.Api.Tests.Hosting;

[TestFixture(typeof(SqliteDb))]
[TestFixture(typeof(PostgresDb))]
[TestFixture(typeof(SqlServerDb))]
public sealed class When_the_service_starts<TDatabase> : ApiScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    [TestCase("/health/live")]
    [TestCase("/health/ready")]
    public async Task Should_report_healthy_to_anyone(string path)
    {
        var response = await Factory.CreateClient().GetAsync(path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("Healthy"));
    }

    [Test]
    public async Task Should_describe_every_endpoint_and_the_key_header_in_the_openapi_document()
    {
        var document = await Factory.CreateClient().GetStringAsync("/openapi/v1.json");

        foreach (var path in new[]
        {
            "/api/v1/agencies", "/api/v1/agencies/{code}/keys", "/api/v1/keys/{prefix}", "/api/v1/consultations",
            "/api/v1/consultations/{id}/answers", "/api/v1/consultations/{id}/assignments/{agencyCode}/review",
            "/api/v1/consultations/{id}/assignments/{agencyCode}/extension", "/api/v1/consultations/{id}/close",
            "/api/v1/assessments",
        })
        {
            Assert.That(document, Does.Contain($"\"{path}\""));
        }
        Assert.That(document, Does.Contain("\"X-Api-Key\""));
    }

    [Test]
    public async Task Should_serve_the_interactive_reference_page_from_its_own_assets()
    {
        var response = await Factory.CreateClient().GetAsync("/scalar/v1");
        var page = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page, Does.Contain("scalar.js").And.Not.Contain("https://cdn"));
        Assert.That((await Factory.CreateClient().GetAsync("/scalar/scalar.js")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}

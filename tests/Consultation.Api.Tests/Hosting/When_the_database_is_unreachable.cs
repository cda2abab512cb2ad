using System.Net;
using Consultation.TestSupport;
using Npgsql;

namespace Consultation.Api.Tests.Hosting;

/// <summary>
/// While the database restarts or fails over, a request cannot be served but nothing is wrong with it:
/// the API answers 503 with Retry-After, in Vietnamese, so clients and the proxy send it again, rather
/// than a 500 that reads like a bug. Played by a second instance pointed at a port nothing listens on.
/// </summary>
[TestFixture(typeof(PostgresDb))]
public sealed class When_the_database_is_unreachable<TDatabase> : ApiScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    [Test]
    public async Task Should_answer_503_with_retry_after_and_say_so()
    {
        var gone = new NpgsqlConnectionStringBuilder(Factory.Database.ConnectionString) { Host = "127.0.0.1", Port = 1, Timeout = 2 };
        using var instance = new ConsultationApiFactory(Factory.Database, new Dictionary<string, string?>
        {
            ["ConnectionStrings:Consultation"] = gone.ConnectionString,
            ["Database:MigrateOnStart"] = "false",
        });

        var response = await instance.Client(KeyOf("STC")).GetAsync("/api/v1/agencies");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable), await response.Content.ReadAsStringAsync());
        Assert.That(response.Headers.RetryAfter, Is.Not.Null);
        Assert.That((await Json(response))["code"]!.GetValue<string>(), Is.EqualTo("database_unavailable"));
    }
}

using System.Net;
using Consultation.TestSupport;

namespace Consultation.Api.Tests.Security;

[TestFixture(typeof(SqliteDb))]
public sealed class When_a_key_sends_too_many_requests<TDatabase> : ApiScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    // The scenario's own set-up makes about a dozen admin requests, so the limit is low only for agencies' keys' sake.
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Api:RequestsPerMinute"] = "20" };

    [Test]
    public async Task Should_refuse_the_excess_with_429_and_leave_other_keys_alone()
    {
        var stp = As("STP");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 25; i++)
        {
            statuses.Add((await stp.GetAsync("/api/v1/agencies")).StatusCode);
        }

        Assert.That(statuses.Take(20), Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That(statuses.Skip(20), Is.All.EqualTo(HttpStatusCode.TooManyRequests));
        var refused = await stp.GetAsync("/api/v1/agencies");
        Assert.That(refused.Headers.RetryAfter, Is.Not.Null);
        Assert.That((await Json(refused))["code"]!.GetValue<string>(), Is.EqualTo("rate_limited"));
        Assert.That((await As("SXD").GetAsync("/api/v1/agencies")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}

using System.Net;
using Consultation.TestSupport;

namespace Consultation.Api.Tests.Hosting;

/// <summary>
/// In production the API does not host the worker (Worker:Enabled=false): it writes to the database and
/// never talks to the broker, so a broker that is down must not take the API out of the load balancer.
/// </summary>
[TestFixture(typeof(SqliteDb))]
public sealed class When_the_worker_runs_apart<TDatabase> : ApiScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Worker:Enabled"] = "false",
        ["Messaging:Transport"] = "RabbitMq",
        ["Messaging:RabbitMq:Host"] = "127.0.0.1",
        // Nothing listens on port 1: the broker is as gone as it can be.
        ["Messaging:RabbitMq:Port"] = "1",
    };

    [Test]
    public async Task Should_report_ready_and_take_requests_while_the_broker_is_down()
    {
        var ready = await Factory.CreateClient().GetAsync("/health/ready");
        var opened = await OpenAsync();

        Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.OK), await ready.Content.ReadAsStringAsync());
        Assert.That(opened, Is.Not.EqualTo(Guid.Empty));
    }
}

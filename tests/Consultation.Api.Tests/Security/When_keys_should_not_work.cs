using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Consultation.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Consultation.Api.Tests.Security;

/// <summary>Keys of an inactive agency are refused; a bootstrap admin key must be long, not the published example, and is warned about.</summary>
[TestFixture(typeof(SqliteDb))]
[TestFixture(typeof(PostgresDb))]
[TestFixture(typeof(SqlServerDb))]
public sealed class When_keys_should_not_work<TDatabase> : ApiScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    [Test]
    public async Task Should_refuse_the_keys_of_an_inactive_agency()
    {
        var code = "T" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var registered = await As("admin").PostAsJsonAsync("/api/v1/agencies", new
        {
            code,
            name = "Ủy ban nhân dân xã đã sáp nhập",
            kind = "commune",
            email = $"{code.ToLowerInvariant()}@daklak.test",
            active = false,
        });
        Assert.That(registered.StatusCode, Is.EqualTo(HttpStatusCode.Created), await registered.Content.ReadAsStringAsync());
        var issued = await Json(await As("admin").PostAsJsonAsync($"/api/v1/agencies/{code}/keys", new { role = "agency" }));

        var response = await Client(issued["key"]!.GetValue<string>()).GetAsync("/api/v1/consultations");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [TestCase("only-twenty-chars-ok", "32")]
    [TestCase("replace-with-a-long-random-secret", "deploy")]
    public void Should_refuse_to_start_with_a_weak_or_example_bootstrap_key(string key, string reason)
    {
        using var factory = new ConsultationApiFactory(Factory.Database, new Dictionary<string, string?> { ["Auth:BootstrapAdminKey"] = key });

        var failure = Assert.Catch(() => factory.CreateClient());

        Assert.That(failure!.ToString(), Does.Contain("Auth:BootstrapAdminKey").And.Contain(reason));
    }

    [Test]
    public async Task Should_warn_at_every_start_while_a_bootstrap_key_is_configured()
    {
        var logs = new ConcurrentQueue<string>();
        using var factory = Factory.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(new ListLogger(logs))));

        var health = await factory.CreateClient().GetAsync("/health/live");

        Assert.That(health.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(logs, Has.Some.Contains("Auth:BootstrapAdminKey"));
    }

    private sealed class ListLogger(ConcurrentQueue<string> lines) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                lines.Enqueue(formatter(state, exception));
            }
        }

        public void Dispose()
        {
        }
    }
}

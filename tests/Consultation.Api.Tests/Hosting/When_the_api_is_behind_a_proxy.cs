using System.Net;
using Consultation.TestSupport;

namespace Consultation.Api.Tests.Hosting;

/// <summary>
/// Behind nginx or HAProxy every request comes from the proxy's address over plain http. The service
/// believes the proxy's X-Forwarded-For and X-Forwarded-Proto when the proxy is on loopback or listed
/// (Proxy:KnownProxies), and only then. Served by real Kestrel, so the connection has a real address.
/// </summary>
[TestFixture(typeof(SqliteDb))]
public sealed class When_the_api_is_behind_a_proxy<TDatabase> : ApiScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    protected override bool OverKestrel => true;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Api:RequestsPerMinute"] = "20" };

    [Test]
    public async Task Should_count_the_rate_limit_per_real_client_not_per_proxy()
    {
        var first = await StatusesAsync("203.0.113.7", 25);
        var second = await StatusesAsync("203.0.113.8", 1);

        Assert.That(first.Take(20), Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That(first.Skip(20), Is.All.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(second, Is.All.EqualTo(HttpStatusCode.OK), "another client behind the same proxy keeps its own allowance");
    }

    [Test]
    public async Task Should_mark_the_ops_session_cookie_secure_when_the_proxy_received_https()
    {
        var overHttps = await SignInAsync("https");
        var overHttp = await SignInAsync(null);

        Assert.That(overHttps, Does.Contain("secure").IgnoreCase, "the client reached the proxy over https");
        Assert.That(overHttp, Does.Not.Contain("secure").IgnoreCase, "a plain local request stays as it came");
    }

    private async Task<List<HttpStatusCode>> StatusesAsync(string client, int count)
    {
        var statuses = new List<HttpStatusCode>();
        using var http = Factory.CreateClient();
        for (var i = 0; i < count; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
            request.Headers.Add("X-Forwarded-For", client);
            statuses.Add((await http.SendAsync(request)).StatusCode);
        }
        return statuses;
    }

    /// <summary>The ops session cookie a sign-in sets for a client the proxy saw over <paramref name="forwardedProto"/>.</summary>
    private async Task<string> SignInAsync(string? forwardedProto)
    {
        // A browser of its own over real Kestrel: cookies kept, redirects not followed.
        using var plain = Factory.CreateClient();
        using var browser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true })
        {
            BaseAddress = plain.BaseAddress,
        };
        browser.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.9");
        if (forwardedProto is not null)
        {
            browser.DefaultRequestHeaders.Add("X-Forwarded-Proto", forwardedProto);
        }
        return OpsSignIn.SessionCookie(await OpsSignIn.PostAsync(browser, KeyOf("ops")));
    }
}

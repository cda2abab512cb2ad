using System.Net;
using System.Net.Http.Json;
using Consultation.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Consultation.Api.Tests.Security;

/// <summary>
/// An ops page session is only as good as its key: it ends the moment the key is revoked, it has a
/// sliding and an absolute limit, and a form without a valid antiforgery token is a 400 problem.
/// </summary>
[TestFixture(typeof(SqliteDb))]
[TestFixture(typeof(PostgresDb))]
[TestFixture(typeof(SqlServerDb))]
public sealed class When_an_ops_session_is_open<TDatabase> : ApiScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Ops:Session:SlidingExpiration"] = "00:30:00",
        ["Ops:Session:AbsoluteExpiration"] = "08:00:00",
    };

    [Test]
    public async Task Should_end_at_once_when_its_key_is_revoked()
    {
        var (key, prefix) = await IssueOpsKeyAsync();
        var browser = await SignInAsync(key);
        Assert.That((await browser.GetAsync("/ops")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var revoked = await As("admin").DeleteAsync($"/api/v1/keys/{prefix}");
        var after = await browser.GetAsync("/ops");

        Assert.That(revoked.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(after.Headers.Location!.ToString(), Does.Contain("/ops/sign-in"));
    }

    [Test]
    public async Task Should_end_after_the_absolute_limit_even_when_kept_busy()
    {
        var (key, _) = await IssueOpsKeyAsync();
        var browser = await SignInAsync(key);

        // A tab that refreshes itself keeps the sliding window open, but not past eight hours.
        for (var i = 0; i < 17; i++)
        {
            Factory.Clock.Advance(TimeSpan.FromMinutes(25));
            Assert.That((await browser.GetAsync("/ops")).StatusCode, Is.EqualTo(HttpStatusCode.OK), $"after {25 * (i + 1)} minutes");
        }
        Factory.Clock.Advance(TimeSpan.FromMinutes(40));
        var late = await browser.GetAsync("/ops");

        Assert.That(late.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "over eight hours since signing in");
    }

    [Test]
    public async Task Should_end_after_the_sliding_limit_when_left_alone()
    {
        var (key, _) = await IssueOpsKeyAsync();
        var browser = await SignInAsync(key);

        Factory.Clock.Advance(TimeSpan.FromMinutes(31));

        Assert.That((await browser.GetAsync("/ops")).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
    }

    [Test]
    public async Task Should_answer_a_form_without_a_valid_antiforgery_token_with_a_400_problem()
    {
        var (key, _) = await IssueOpsKeyAsync();
        var browser = await SignInAsync(key);

        var forged = await browser.PostAsync("/ops/sign-out", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = "forged" }));

        Assert.That(forged.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), await forged.Content.ReadAsStringAsync());
        Assert.That(forged.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(await forged.Content.ReadAsStringAsync(), Does.Contain("antiforgery_failed"));
    }

    private async Task<(string Key, string Prefix)> IssueOpsKeyAsync()
    {
        var issued = await Json(await As("admin").PostAsJsonAsync("/api/v1/keys", new { role = "ops" }));
        return (issued["key"]!.GetValue<string>(), issued["prefix"]!.GetValue<string>());
    }

    /// <summary>A browser: cookies kept, redirects not followed, signed in through the form.</summary>
    private async Task<HttpClient> SignInAsync(string key)
    {
        var browser = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var signedIn = await OpsSignIn.PostAsync(browser, key);
        Assert.That(signedIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await signedIn.Content.ReadAsStringAsync());
        return browser;
    }
}

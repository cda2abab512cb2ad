using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Consultation.Core.Webhooks;
using Consultation.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Api.Tests.Webhooks;

/// <summary>The delivery log an agency reads, a delivery given up after its retry period, and its re-drive by the admin or from the ops page.</summary>
[TestFixture(typeof(SqliteDb))]
[TestFixture(typeof(PostgresDb))]
[TestFixture(typeof(SqlServerDb))]
public sealed partial class When_a_webhook_delivery_fails<TDatabase> : ApiScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    [Test]
    public async Task Should_log_every_attempt_and_give_up_after_three_days()
    {
        var (endpoint, delivery) = await FailedDeliveryAsync();

        var log = await LogAsync("STP", endpoint);

        var entry = log.Single()!;
        Assert.That(entry["id"]!.GetValue<Guid>(), Is.EqualTo(delivery));
        Assert.That(entry["status"]!.GetValue<string>(), Is.EqualTo("failed"));
        Assert.That(entry["attempts"]!.GetValue<int>(), Is.EqualTo(2));
        Assert.That(entry["log"]!.AsArray().Select(a => a!["statusCode"]?.GetValue<int>()), Is.EqualTo(new int?[] { 503, null }));
        Assert.That(entry["lastError"]!.GetValue<string>(), Is.EqualTo("Connection refused"));
    }

    [Test]
    public async Task Should_let_the_admin_re_drive_a_failed_delivery_once()
    {
        var (endpoint, delivery) = await FailedDeliveryAsync();

        var byAgency = await As("STP").PostAsync($"/api/v1/webhooks/deliveries/{delivery}/redrive", null);
        var byAdmin = await As("admin").PostAsync($"/api/v1/webhooks/deliveries/{delivery}/redrive", null);
        var again = await As("admin").PostAsync($"/api/v1/webhooks/deliveries/{delivery}/redrive", null);

        Assert.That(byAgency.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(byAdmin.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await Json(again))["code"]!.GetValue<string>(), Is.EqualTo("delivery_not_failed"));
        Assert.That((await LogAsync("STP", endpoint)).Single()!["status"]!.GetValue<string>(), Is.EqualTo("pending"));
    }

    [Test]
    public async Task Should_re_drive_from_the_ops_page_with_its_form()
    {
        var (endpoint, delivery) = await FailedDeliveryAsync();
        var browser = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        Assert.That((await OpsSignIn.PostAsync(browser, KeyOf("ops"))).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        var page = await browser.GetStringAsync("/ops");
        var form = RedriveForm().Match(page);
        Assert.That(form.Success && form.Groups[1].Value == delivery.ToString(), Is.True, "the failed delivery has a re-drive button");
        Assert.That(page, Does.Match("id=\"pipeline-webhooks-failed\" class=\"bad\">[1-9]"));
        var withoutToken = await browser.PostAsync($"/ops/webhook-deliveries/{delivery}/redrive", new FormUrlEncodedContent([]));
        var redriven = await browser.PostAsync($"/ops/webhook-deliveries/{delivery}/redrive", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [form.Groups[2].Value] = WebUtility.HtmlDecode(form.Groups[3].Value),
        }));

        Assert.That(withoutToken.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(redriven.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(redriven.Headers.Location!.ToString(), Does.EndWith("notice=webhook-redriven"));
        Assert.That((await LogAsync("STP", endpoint)).Single()!["status"]!.GetValue<string>(), Is.EqualTo("pending"));
    }

    /// <summary>An endpoint of STP's with one delivery that failed twice, the second time after its three days were up.</summary>
    private async Task<(Guid Endpoint, Guid Delivery)> FailedDeliveryAsync()
    {
        var marker = Guid.NewGuid().ToString("N");
        var created = await As("STP").PostAsJsonAsync("/api/v1/webhooks", new { url = $"https://eoffice.stp.daklak.test/{marker}", eventTypes = new[] { "overdue" } });
        var endpoint = (await Json(created))["id"]!.GetValue<Guid>();
        var outbox = Factory.Services.GetRequiredService<WebhookOutbox>();
        // Earlier specs' endpoints are subscribed too and some of their deliveries are due: this spec's is told by its body.
        var body = $$"""{"type":"overdue","spec":"{{Guid.NewGuid()}}"}""";
        await outbox.RecordAsync([new WebhookEvent(Guid.NewGuid(), "overdue", "STP", body)]);
        var first = (await outbox.ClaimDueAsync(100, TimeSpan.FromMinutes(1))).Single(d => d.Payload == body && d.Url.EndsWith(marker, StringComparison.Ordinal));
        Assert.That(await outbox.MarkAttemptFailedAsync(first, 503, "HTTP 503 Service Unavailable"), Is.False, "still within its three days");
        Factory.Clock.Advance(TimeSpan.FromDays(3));
        var second = (await outbox.ClaimDueAsync(100, TimeSpan.FromMinutes(1))).Single(d => d.Payload == body && d.Url.EndsWith(marker, StringComparison.Ordinal));
        Assert.That(await outbox.MarkAttemptFailedAsync(second, null, "Connection refused"), Is.True, "given up");
        return (endpoint, second.Id);
    }

    private async Task<JsonArray> LogAsync(string agency, Guid endpoint)
    {
        var response = await As(agency).GetAsync($"/api/v1/webhooks/{endpoint}/deliveries");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
    }

    [GeneratedRegex("""action="/ops/webhook-deliveries/([0-9a-f-]+)/redrive"[^>]*>\s*<input type="hidden" name="([^"]+)" value="([^"]+)">""")]
    private static partial Regex RedriveForm();
}

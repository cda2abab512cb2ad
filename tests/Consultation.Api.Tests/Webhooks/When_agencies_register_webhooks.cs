using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Consultation.Core.Data;
using Consultation.Core.Webhooks;
using Consultation.TestSupport;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Api.Tests.Webhooks;

/// <summary>Registering, listing, deleting and rotating webhook endpoints: each agency its own, the secret shown once and never stored in plaintext.</summary>
[TestFixture(typeof(SqliteDb))]
[TestFixture(typeof(PostgresDb))]
[TestFixture(typeof(SqlServerDb))]
public sealed class When_agencies_register_webhooks<TDatabase> : ApiScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private const string Path = "/api/v1/webhooks";

    protected override IDictionary<string, string?>? Settings => new Dictionary<string, string?> { ["Webhooks:MaxEndpointsPerAgency"] = "3" };

    [Test]
    public async Task Should_show_the_secret_once_and_store_it_encrypted()
    {
        var created = await As("STP").PostAsJsonAsync(Path, new { url = "https://eoffice.stp.daklak.test/hooks", eventTypes = new[] { "requested", "overdue" } });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        var body = await Json(created);
        var secret = body["secret"]!.GetValue<string>();
        var id = body["id"]!.GetValue<string>();

        Assert.That(secret, Does.Match("^whsec_[A-Za-z0-9+/]{43}=$"));
        Assert.That(Convert.FromBase64String(secret["whsec_".Length..]), Has.Length.EqualTo(32));
        Assert.That(body["agencyCode"]!.GetValue<string>(), Is.EqualTo("STP"));
        var listed = await Json<JsonArray>(await As("STP").GetAsync(Path));
        Assert.That(listed.Select(e => e!["id"]!.GetValue<string>()), Does.Contain(id));
        Assert.That(listed.Select(e => e!["secret"]), Has.All.Null, "the list never shows a secret");
        var stored = await ScalarAsync<string>("SELECT secret_protected FROM webhook_endpoints WHERE id = @id", new { id = Guid.Parse(id) });
        Assert.That(stored, Does.Not.Contain(secret["whsec_".Length..]));
        Assert.That(Factory.Services.GetRequiredService<WebhookSecret>().Unprotect(stored), Is.EqualTo(secret));
    }

    [TestCase("http://eoffice.stp.daklak.test/hooks", "https")]
    [TestCase("http://127.0.0.1:8080/hooks", "https")]
    [TestCase("ftp://eoffice.stp.daklak.test/hooks", "URL")]
    [TestCase("eoffice.stp.daklak.test/hooks", "URL")]
    [TestCase("https://user:matkhau@eoffice.stp.daklak.test/hooks", "mật khẩu")]
    [TestCase("", "bắt buộc")]
    public async Task Should_refuse_a_url_that_is_not_https_in_vietnamese(string url, string words)
    {
        var response = await As("STP").PostAsJsonAsync(Path, new { url, eventTypes = new[] { "overdue" } });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var problem = await Json(response);
        Assert.That(problem["title"]!.GetValue<string>(), Is.EqualTo("Dữ liệu gửi lên chưa hợp lệ."));
        Assert.That(problem["errors"]!["url"]![0]!.GetValue<string>(), Does.Contain(words));
    }

    [Test]
    public async Task Should_refuse_unknown_or_missing_event_types()
    {
        var unknown = await As("STP").PostAsJsonAsync(Path, new { url = "https://eoffice.stp.daklak.test/hooks", eventTypes = new[] { "overdue", "answer_deleted" } });
        var none = await As("STP", "en").PostAsJsonAsync(Path, new { url = "https://eoffice.stp.daklak.test/hooks", eventTypes = Array.Empty<string>() });

        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await Json(unknown))["errors"]!["eventTypes[1]"]![0]!.GetValue<string>(), Does.Contain("requested, due_soon, overdue"));
        Assert.That(none.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await Json(none))["errors"]!["eventTypes"]![0]!.GetValue<string>(), Does.Contain("at least one event type"));
    }

    [Test]
    public async Task Should_refuse_more_endpoints_than_the_limit()
    {
        for (var i = 0; i < 3; i++)
        {
            var created = await As("SYT").PostAsJsonAsync(Path, new { url = $"https://eoffice.syt.daklak.test/hooks/{i}", eventTypes = new[] { "overdue" } });
            Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        }

        var fourth = await As("SYT").PostAsJsonAsync(Path, new { url = "https://eoffice.syt.daklak.test/hooks/3", eventTypes = new[] { "overdue" } });

        Assert.That(fourth.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        var problem = await Json(fourth);
        Assert.That(problem["code"]!.GetValue<string>(), Is.EqualTo("webhook_limit"));
        Assert.That(problem["title"]!.GetValue<string>(), Does.Contain("đủ 3 địa chỉ"));
    }

    [Test]
    public async Task Should_report_another_agencys_endpoint_as_not_found()
    {
        var id = await RegisterAsync("STP");

        var deleted = await As("SXD").DeleteAsync($"{Path}/{id}");
        var rotated = await As("SXD").PostAsync($"{Path}/{id}/rotate-secret", null);
        var log = await As("SXD").GetAsync($"{Path}/{id}/deliveries");
        var listed = await Json<JsonArray>(await As("SXD").GetAsync(Path));

        Assert.That(new[] { deleted.StatusCode, rotated.StatusCode, log.StatusCode }, Has.All.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await Json(deleted))["code"]!.GetValue<string>(), Is.EqualTo("webhook_not_found"));
        Assert.That(listed.Select(e => e!["id"]!.GetValue<string>()), Does.Not.Contain(id.ToString()));
        Assert.That((await As("STP").GetAsync($"{Path}/{id}/deliveries")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "still there for its agency");
    }

    [Test]
    public async Task Should_rotate_the_secret_and_delete_for_its_own_agency_only()
    {
        var id = await RegisterAsync("STP");

        var rotated = await As("STP").PostAsync($"{Path}/{id}/rotate-secret", null);
        var secret = (await Json(rotated))["secret"]!.GetValue<string>();
        var stored = await ScalarAsync<string>("SELECT secret_protected FROM webhook_endpoints WHERE id = @id", new { id });
        var deleted = await As("STP").DeleteAsync($"{Path}/{id}");
        var again = await As("STP").DeleteAsync($"{Path}/{id}");

        Assert.That(rotated.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Factory.Services.GetRequiredService<WebhookSecret>().Unprotect(stored), Is.EqualTo(secret));
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await ScalarAsync<int>("SELECT COUNT(*) FROM audit_log WHERE entity = 'webhook_endpoint' AND entity_id = @id", new { id = id.ToString() }), Is.EqualTo(3));
    }

    [Test]
    public async Task Should_let_the_admin_register_for_a_named_agency_only()
    {
        var forSnv = await As("admin").PostAsJsonAsync(Path, new { url = "https://eoffice.snv.daklak.test/admin", eventTypes = new[] { "due_soon" }, agencyCode = "snv" });
        var forNobody = await As("admin").PostAsJsonAsync(Path, new { url = "https://eoffice.stp.daklak.test/admin", eventTypes = new[] { "due_soon" } });
        var forOther = await As("SXD").PostAsJsonAsync(Path, new { url = "https://eoffice.stp.daklak.test/x", eventTypes = new[] { "due_soon" }, agencyCode = "STP" });
        var bySupervisor = await As("supervisor").GetAsync(Path);

        Assert.That(forSnv.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That((await Json(forSnv))["agencyCode"]!.GetValue<string>(), Is.EqualTo("SNV"));
        Assert.That(forNobody.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(forOther.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(bySupervisor.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task Should_let_the_admin_list_one_agency_or_all_and_refuse_a_malformed_code()
    {
        var stc = await RegisterAsync("STC");
        var sxd = await RegisterAsync("SXD");

        var all = await Json<JsonArray>(await As("admin").GetAsync(Path));
        var one = await Json<JsonArray>(await As("admin").GetAsync($"{Path}?agency=stc"));
        var malformed = await As("admin").GetAsync($"{Path}?agency=!!");

        Assert.That(all.Select(e => e!["id"]!.GetValue<Guid>()), Is.SupersetOf(new[] { stc, sxd }));
        Assert.That(one.Select(e => e!["agencyCode"]!.GetValue<string>()), Has.All.EqualTo("STC"));
        Assert.That(one.Select(e => e!["id"]!.GetValue<Guid>()), Does.Contain(stc));
        Assert.That(malformed.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "a code that cannot be an agency's must not widen the list to every agency");
        var problem = await Json(malformed);
        Assert.That(problem["title"]!.GetValue<string>(), Is.EqualTo("Dữ liệu gửi lên chưa hợp lệ."));
        Assert.That(problem["errors"]!["agency"]![0]!.GetValue<string>(), Does.Contain("chữ cái không dấu"));
    }

    [Test]
    public async Task Should_not_keep_the_secret_for_an_idempotent_replay()
    {
        var key = Guid.NewGuid().ToString();
        var first = await PostWithKeyAsync(key);
        var replay = await PostWithKeyAsync(key);

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(replay.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        var problem = await Json(replay);
        Assert.That(problem["code"]!.GetValue<string>(), Is.EqualTo("webhook_secret_shown_once"));
        Assert.That(problem["title"]!.GetValue<string>(), Does.Contain((await Json(first))["id"]!.GetValue<string>()));
        Assert.That(await ScalarAsync<int>("SELECT COUNT(*) FROM idempotent_requests WHERE body LIKE '%whsec_%'", new { }), Is.Zero);
    }

    private async Task<HttpResponseMessage> PostWithKeyAsync(string idempotencyKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Path)
        {
            Content = JsonContent.Create(new { url = "https://eoffice.snv.daklak.test/hooks", eventTypes = new[] { "overdue" } }),
        };
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        return await As("SNV").SendAsync(request);
    }

    private async Task<Guid> RegisterAsync(string agency)
    {
        var created = await As(agency).PostAsJsonAsync(Path, new { url = $"https://eoffice.{agency.ToLowerInvariant()}.daklak.test/hooks", eventTypes = new[] { "overdue" } });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        return Guid.Parse((await Json(created))["id"]!.GetValue<string>());
    }

    private static async Task<T> Json<T>(HttpResponseMessage response)
        where T : JsonNode => (T)JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

    private async Task<T> ScalarAsync<T>(string sql, object parameters)
    {
        await using var connection = await Factory.Services.GetRequiredService<Db>().OpenAsync();
        return (await connection.ExecuteScalarAsync<T>(sql, parameters))!;
    }
}

using System.Net;
using Consultation.TestSupport;

namespace Consultation.Api.Tests.Idempotency;

[TestFixture(typeof(SqliteDb))]
[TestFixture(typeof(PostgresDb))]
[TestFixture(typeof(SqlServerDb))]
public sealed class When_a_post_is_retried<TDatabase> : ApiScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private static HttpRequestMessage Open(string idempotencyKey, string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/consultations") { Content = JsonBody(body) };
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        return request;
    }

    [Test]
    public async Task Should_return_the_first_result_and_create_nothing_twice()
    {
        var body = ValidConsultation().ToJsonString();
        var key = Guid.NewGuid().ToString();
        var before = await CountConsultationsAsync();
        var stc = As("STC");

        var first = await stc.SendAsync(Open(key, body));
        var retry = await stc.SendAsync(Open(key, body));

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(retry.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(await retry.Content.ReadAsStringAsync(), Is.EqualTo(await first.Content.ReadAsStringAsync()));
        Assert.That(retry.Headers.Location, Is.EqualTo(first.Headers.Location));
        Assert.That(retry.Headers.GetValues("Idempotent-Replayed"), Does.Contain("true"));
        Assert.That(await CountConsultationsAsync(), Is.EqualTo(before + 1));
    }

    [Test]
    public async Task Should_refuse_the_same_key_with_a_different_body()
    {
        var key = Guid.NewGuid().ToString();
        var stc = As("STC");
        await stc.SendAsync(Open(key, ValidConsultation().ToJsonString()));
        var before = await CountConsultationsAsync();

        var other = await stc.SendAsync(Open(key, ValidConsultation().ToJsonString()));

        Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(await CountConsultationsAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task Should_keep_keys_of_different_callers_apart()
    {
        var key = Guid.NewGuid().ToString();
        var fromStc = ValidConsultation();
        var fromSxd = ValidConsultation();
        fromSxd["consultees"]![1]!["agencyCode"] = "SNV";

        var first = await As("STC").SendAsync(Open(key, fromStc.ToJsonString()));
        var second = await As("SXD").SendAsync(Open(key, fromSxd.ToJsonString()));

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(second.Headers.Location, Is.Not.EqualTo(first.Headers.Location));
    }

    [Test]
    public async Task Should_create_once_when_copies_arrive_together()
    {
        var body = ValidConsultation().ToJsonString();
        var key = Guid.NewGuid().ToString();
        var before = await CountConsultationsAsync();
        var stc = As("STC");

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => stc.SendAsync(Open(key, body))));

        Assert.That(await CountConsultationsAsync(), Is.EqualTo(before + 1));
        Assert.That(responses.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.Created).Or.EqualTo(HttpStatusCode.Conflict));
        var locations = responses.Where(r => r.StatusCode == HttpStatusCode.Created).Select(r => r.Headers.Location).Distinct().ToList();
        Assert.That(locations, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Should_not_remember_a_refused_request_as_a_success()
    {
        var key = Guid.NewGuid().ToString();
        var broken = ValidConsultation();
        broken["issue"] = "Xin ý kiến";
        var stc = As("STC");

        var refused = await stc.SendAsync(Open(key, broken.ToJsonString()));
        var replay = await stc.SendAsync(Open(key, broken.ToJsonString()));

        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(replay.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(replay.Headers.TryGetValues("Idempotent-Replayed", out var replayed) && replayed.Contains("true"), Is.True,
            "the refusal is the remembered answer, not a second run");
        Assert.That(await replay.Content.ReadAsStringAsync(), Is.EqualTo(await refused.Content.ReadAsStringAsync()));
    }

    [Test]
    public async Task Should_refuse_an_overlong_key()
    {
        var response = await As("STC").SendAsync(Open(new string('k', 129), ValidConsultation().ToJsonString()));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }
}

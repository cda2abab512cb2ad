using System.Net;
using System.Security.Cryptography;
using System.Text;
using Consultation.Core.Auth;
using Consultation.Core.Data;
using Consultation.TestSupport;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Api.Tests.Idempotency;

/// <summary>
/// Idempotency that cannot stick: a claim left by a process that died is taken over after the claim
/// timeout; a record older than the retention period is forgotten and pruned.
/// </summary>
[TestFixture(typeof(SqliteDb))]
[TestFixture(typeof(PostgresDb))]
[TestFixture(typeof(SqlServerDb))]
public sealed class When_an_idempotency_record_is_left_or_old<TDatabase> : ApiScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Idempotency:ClaimTimeout"] = "00:02:00",
        ["Idempotency:Retention"] = "1.00:00:00",
        ["Idempotency:PruneInterval"] = "01:00:00",
    };

    [Test]
    public async Task Should_take_over_a_claim_left_by_a_crash_after_the_timeout()
    {
        var key = Guid.NewGuid().ToString();
        var body = ValidConsultation().ToJsonString();
        await ClaimAsync(key, body, Factory.Clock.GetUtcNow());
        var stc = As("STC");

        var meanwhile = await stc.SendAsync(Open(key, body));
        Factory.Clock.Advance(TimeSpan.FromMinutes(3));
        var later = await stc.SendAsync(Open(key, body));

        Assert.That(meanwhile.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), "still within the timeout: in progress");
        Assert.That(later.StatusCode, Is.EqualTo(HttpStatusCode.Created), await later.Content.ReadAsStringAsync());
        Assert.That(await RecordsAsync(key), Is.EqualTo(1));
    }

    [Test]
    public async Task Should_forget_and_prune_a_record_older_than_the_retention_period()
    {
        var key = Guid.NewGuid().ToString();
        var stc = As("STC");
        var first = await stc.SendAsync(Open(key, ValidConsultation().ToJsonString()));
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created));

        Factory.Clock.Advance(TimeSpan.FromHours(25));
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (await RecordsAsync(key) > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.That(await RecordsAsync(key), Is.Zero, "pruned by the background job");
        var again = await stc.SendAsync(Open(key, ValidConsultation().ToJsonString()));
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Created), "the key is free again after the retention period");
        Assert.That(again.Headers.Contains("Idempotent-Replayed"), Is.False);
    }

    private static HttpRequestMessage Open(string idempotencyKey, string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/consultations") { Content = JsonBody(body) };
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        return request;
    }

    /// <summary>A claim with no response, as a process that died mid-request leaves it.</summary>
    private async Task ClaimAsync(string key, string body, DateTimeOffset at)
    {
        // The same request as the retry: its method, path and body hashed as the middleware does.
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"POST /api/v1/consultations\n{body}")));
        await using var connection = await Factory.Services.GetRequiredService<Db>().OpenAsync();
        await connection.ExecuteAsync(
            "INSERT INTO idempotent_requests (caller, idem_key, request_hash, created_at) VALUES (@caller, @key, @hash, @at)",
            new { caller = ApiKeySecret.PrefixOf(KeyOf("STC")), key, hash, at });
    }

    private async Task<int> RecordsAsync(string key)
    {
        await using var connection = await Factory.Services.GetRequiredService<Db>().OpenAsync();
        return await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM idempotent_requests WHERE idem_key = @key", new { key });
    }
}

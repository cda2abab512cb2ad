using System.Net.Http.Json;
using Consultation.Core.Data;
using Consultation.TestSupport;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Api.Tests.Security;

[TestFixture(typeof(SqliteDb))]
[TestFixture(typeof(PostgresDb))]
[TestFixture(typeof(SqlServerDb))]
public sealed class Keys_are_stored_hashed<TDatabase> : ApiScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    [Test]
    public async Task Should_keep_only_the_prefix_and_a_hash_and_audit_the_issue()
    {
        var issued = await Json(await As("admin").PostAsJsonAsync("/api/v1/agencies/STP/keys", new { role = "supervisor" }));
        var key = issued["key"]!.GetValue<string>();
        var prefix = issued["prefix"]!.GetValue<string>();

        var db = Factory.Services.GetRequiredService<Db>();
        await using var connection = await db.OpenAsync();
        var stored = await connection.QuerySingleAsync<(string Hash, string Role)>("SELECT hash, role FROM api_keys WHERE prefix = @prefix", new { prefix });
        var everything = string.Join("|", await connection.QueryAsync<string>("SELECT prefix || hash || role FROM api_keys".Replace("||", db.Dialect.Provider == DatabaseProvider.SqlServer ? "+" : "||", StringComparison.Ordinal)));

        Assert.That(stored.Role, Is.EqualTo("supervisor"));
        Assert.That(stored.Hash, Is.Not.EqualTo(key).And.Length.EqualTo(64));
        Assert.That(everything, Does.Not.Contain(key.Split('_', 3)[2]));
        var audited = await connection.ExecuteScalarAsync<int>(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'key.issued' AND entity_id = @prefix", new { prefix });
        Assert.That(audited, Is.EqualTo(1));
    }

    [Test]
    public async Task Should_store_no_issued_key_anywhere_and_not_hand_it_out_again_on_a_retry()
    {
        var admin = As("admin");
        var idempotencyKey = Guid.NewGuid().ToString();
        HttpRequestMessage Issue()
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/keys") { Content = JsonContent.Create(new { role = "ops" }) };
            request.Headers.Add("Idempotency-Key", idempotencyKey);
            return request;
        }

        var issued = await admin.SendAsync(Issue());
        var retried = await admin.SendAsync(Issue());

        Assert.That(issued.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.Created));
        var first = await Json(issued);
        var key = first["key"]!.GetValue<string>();
        var retry = await retried.Content.ReadAsStringAsync();
        Assert.That(retried.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.Conflict), retry);
        Assert.That(retry, Does.Not.Contain(key.Split('_', 3)[2]), "the key is shown once");
        Assert.That(retry, Does.Contain(first["prefix"]!.GetValue<string>()).And.Contain("key_shown_once"), "the retry learns which key to revoke");
        Assert.That(await TablesHoldingAsync(key.Split('_', 3)[2]), Is.Empty, "no table holds the key's secret");
    }

    /// <summary>Every table of the database whose rows, read as text, contain <paramref name="secret"/>.</summary>
    private async Task<List<string>> TablesHoldingAsync(string secret)
    {
        var db = Factory.Services.GetRequiredService<Db>();
        await using var connection = await db.OpenAsync();
        var tables = db.Dialect.Provider == DatabaseProvider.Sqlite
            ? await connection.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table'")
            : await connection.QueryAsync<string>("SELECT table_name FROM information_schema.tables WHERE table_schema IN ('public', 'dbo') AND table_type = 'BASE TABLE'");
        var holding = new List<string>();
        foreach (var table in tables)
        {
            var rows = await connection.QueryAsync($"SELECT * FROM {table}");
            if (rows.Cast<IDictionary<string, object?>>().Any(row => row.Values.Any(v => v?.ToString()?.Contains(secret, StringComparison.Ordinal) == true)))
            {
                holding.Add(table);
            }
        }
        return holding;
    }

}

using System.Net.Http.Json;
using Consultation.Api.Tests.Infrastructure;
using Consultation.Core.Data;
using Consultation.TestSupport;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Api.Tests.Security;

[TestFixture(typeof(SqliteDb))]
[TestFixture(typeof(PostgresDb))]
[TestFixture(typeof(SqlServerDb))]
public sealed class Keys_are_stored_hashed(Type database) : ApiScenario(database)
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
}

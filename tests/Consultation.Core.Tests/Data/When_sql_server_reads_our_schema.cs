using Consultation.Core.Data;

namespace Consultation.Core.Tests.Data;

/// <summary>
/// No SQL Server runs here, so its fixtures are skipped; what can be checked without one is that
/// Microsoft's own T-SQL parser accepts everything we would send it, starting with the schema.
/// </summary>
public sealed class When_sql_server_reads_our_schema
{
    [Test]
    public void Should_parse_every_schema_script_batch_by_batch()
    {
        var scripts = SqlServerScripts.All();
        var problems = new List<string>();
        var batches = 0;
        foreach (var (name, text) in scripts)
        {
            foreach (var (batch, firstLine) in SqlServerScripts.Batches(text))
            {
                batches++;
                problems.AddRange(TSqlReading.Parse(batch).Errors.Select(e => $"{name}, line {firstLine + e.Line - 1}: {e.Message}"));
            }
        }

        TestContext.Out.WriteLine($"{scripts.Count} scripts, {batches} batches parsed.");
        Assert.That(scripts.Select(s => s.Name), Has.Some.EndsWith("0004_quartz_job_store.sql").And.Some.EndsWith("0001_initial.sql"));
        Assert.That(problems, Is.Empty);
    }

    [Test]
    public void Should_refuse_what_only_PostgreSQL_reads()
    {
        // The parser is a check only if it refuses another dialect: PostgreSQL's claim of a batch.
        var postgres = SqlDialect.For(DatabaseProvider.PostgreSql);
        var claim = $"SELECT id FROM escalations WHERE published_at IS NULL ORDER BY created_at {postgres.Limit(10)} {postgres.ClaimSuffix("escalations")}";

        Assert.That(TSqlReading.Parse(claim).Errors, Is.Not.Empty);
    }
}

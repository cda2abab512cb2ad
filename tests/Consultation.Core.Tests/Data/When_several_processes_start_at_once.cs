using Consultation.Core.Data;
using Consultation.TestSupport;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;

namespace Consultation.Core.Tests.Data;

/// <summary>
/// Two APIs and two workers started together against a database nobody has created yet: one process
/// creates it and applies the schema, the others wait for it and then find nothing left to do.
/// </summary>
[TestFixture(typeof(SqliteDb))]
[TestFixture(typeof(PostgresDb))]
[TestFixture(typeof(SqlServerDb))]
public sealed class When_several_processes_start_at_once<TDatabase>
    where TDatabase : TestDatabase, new()
{
    [Test]
    public async Task Should_apply_each_schema_script_once_and_start_every_process()
    {
        using var database = new TDatabase();
        database.Create();
        var dialect = SqlDialect.For(database.Provider);
        using var start = new Barrier(4);

        var processes = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            start.SignalAndWait();
            new SchemaMigrator(new Db(dialect, database.ConnectionString), NullLogger<SchemaMigrator>.Instance).Migrate();
        })).ToArray();
        await Task.WhenAll(processes);

        await using var connection = await new Db(dialect, database.ConnectionString).OpenAsync();
        var applied = (await connection.QueryAsync<string>("SELECT scriptname FROM schemaversions")).ToList();
        Assert.That(applied, Is.Not.Empty);
        Assert.That(applied, Is.Unique, "every script applied by one process only");
    }
}

using System.Data.Common;
using Consultation.Core.Auditing;
using Consultation.Core.Data;
using Consultation.TestSupport;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;

namespace Consultation.Core.Tests.Data;

/// <summary>The same data code on every provider: ids, UTC times and unique keys behave alike.</summary>
[TestFixture(typeof(SqliteDb))]
[TestFixture(typeof(PostgresDb))]
[TestFixture(typeof(SqlServerDb))]
public sealed class When_storing_records<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private TestDatabase _database = null!;
    private Db _db = null!;

    [OneTimeSetUp]
    public void CreateSchema()
    {
        _database = new TDatabase();
        _database.Create();
        _db = new Db(SqlDialect.For(_database.Provider), _database.ConnectionString);
        new SchemaMigrator(_db, NullLogger<SchemaMigrator>.Instance).Migrate();
    }

    [OneTimeTearDown]
    public void DropDatabase() => _database?.Dispose();

    [Test]
    public async Task Should_read_an_empty_minimum_time_as_nothing_and_a_stored_one_as_stored()
    {
        // How the ops page reads the age of the oldest unpublished escalation: MIN over no rows is NULL.
        await using var connection = await _db.OpenAsync();
        var none = await connection.ExecuteScalarAsync<DateTimeOffset?>("SELECT MIN(created_at) FROM escalations WHERE 1 = 0");
        var given = new DateTimeOffset(2026, 12, 5, 17, 0, 0, TimeSpan.Zero);
        var some = await connection.ExecuteScalarAsync<DateTimeOffset?>("SELECT MIN(at) FROM audit_log WHERE at = @given", new { given });
        await connection.ExecuteAsync(
            "INSERT INTO audit_log (at, actor, action, entity, entity_id) VALUES (@given, 'test', 'test', 'test', 'test')",
            new { given });
        var stored = await connection.ExecuteScalarAsync<DateTimeOffset?>("SELECT MIN(at) FROM audit_log WHERE at = @given", new { given });

        Assert.That(none, Is.Null);
        Assert.That(some, Is.Null);
        Assert.That(stored, Is.EqualTo(given));
    }

    [Test]
    public void Should_apply_the_schema_only_once()
    {
        Assert.DoesNotThrow(() => new SchemaMigrator(_db, NullLogger<SchemaMigrator>.Instance).Migrate());
    }

    [Test]
    public async Task Should_read_back_times_in_utc_to_the_microsecond_whatever_offset_they_were_given()
    {
        var given = new DateTimeOffset(2026, 12, 5, 17, 0, 0, TimeSpan.FromHours(7)).AddTicks(1_234_560);
        var id = Guid.NewGuid().ToString();
        await using var connection = await _db.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await AuditLog.AppendAsync(connection, transaction, new AuditEntry
        {
            At = given,
            Actor = "test",
            Action = "test.time",
            Entity = "test",
            EntityId = id,
        });
        await transaction.CommitAsync();

        var read = (await AuditLog.ForEntityAsync(connection, "test", id)).Single();

        Assert.That(read.At, Is.EqualTo(given));
        Assert.That(read.At.Offset, Is.EqualTo(TimeSpan.Zero));
    }

    [Test]
    public async Task Should_compare_times_in_sql_as_instants()
    {
        var id = Guid.NewGuid().ToString();
        await using var connection = await _db.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        foreach (var hour in new[] { 1, 9, 23 })
        {
            await AuditLog.AppendAsync(connection, transaction, new AuditEntry
            {
                At = new DateTimeOffset(2026, 12, 1, hour, 0, 0, TimeSpan.Zero),
                Actor = "test",
                Action = "test.order",
                Entity = "order",
                EntityId = id,
            });
        }
        await transaction.CommitAsync();

        // 10:00 in Vietnam is 03:00 UTC: only the 09:00 and 23:00 UTC rows are later.
        var later = await connection.ExecuteScalarAsync<int>(
            "SELECT COUNT(*) FROM audit_log WHERE entity = 'order' AND entity_id = @id AND at > @at",
            new { id, at = new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(7)) });

        Assert.That(later, Is.EqualTo(2));
    }

    [Test]
    public async Task Should_recognise_a_unique_key_violation()
    {
        await using var connection = await _db.OpenAsync();
        const string Insert = "INSERT INTO agencies (code, name, kind, email, active, created_at) VALUES ('DUP', 'Sở', 'department', 'd@x.test', @active, @now)";
        await connection.ExecuteAsync(Insert, new { active = true, now = DateTimeOffset.UtcNow });

        var failure = Assert.CatchAsync<DbException>(() => connection.ExecuteAsync(Insert, new { active = true, now = DateTimeOffset.UtcNow }));

        Assert.That(_db.Dialect.IsUniqueViolation(failure!), Is.True);
    }
}

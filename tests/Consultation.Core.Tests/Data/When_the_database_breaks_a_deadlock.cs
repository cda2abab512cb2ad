using Consultation.Core.Data;
using Npgsql;

namespace Consultation.Core.Tests.Data;

/// <summary>
/// A deadlock victim or a serialization failure wrote nothing; changes retry it as they retry a
/// writer that lost a race, instead of answering 500. (SQL Server's 1205 is classified the same way;
/// its exception cannot be built outside the driver.)
/// </summary>
public sealed class When_the_database_breaks_a_deadlock
{
    [TestCase(PostgresErrorCodes.DeadlockDetected, true)]
    [TestCase(PostgresErrorCodes.SerializationFailure, true)]
    [TestCase(PostgresErrorCodes.UniqueViolation, false)]
    [TestCase(PostgresErrorCodes.ForeignKeyViolation, false)]
    public void Should_treat_only_a_conflict_as_worth_retrying(string sqlState, bool retry)
    {
        var failure = new PostgresException("the database ended the transaction", "ERROR", "ERROR", sqlState);

        Assert.That(SqlDialect.For(DatabaseProvider.PostgreSql).IsTransientConflict(failure), Is.EqualTo(retry));
    }
}

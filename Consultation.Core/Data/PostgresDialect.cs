using System.Data.Common;
using Npgsql;

namespace Consultation.Core.Data;

public sealed class PostgresDialect : SqlDialect
{
    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    public override DbConnection CreateConnection(string connectionString) => new NpgsqlConnection(connectionString);

    public override string InList(string column, string parameter) => $"{column} = ANY(@{parameter})";

    public override string ClaimSuffix(string alias) => $"FOR UPDATE OF {alias} SKIP LOCKED";

    public override string True => "true";

    public override string False => "false";

    public override string IgnoreDuplicatesSuffix => "ON CONFLICT DO NOTHING";

    public override bool IsUniqueViolation(DbException exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    public override bool IsTransientConflict(DbException exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure };
}

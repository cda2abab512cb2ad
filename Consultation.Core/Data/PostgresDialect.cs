using System.Data.Common;
using Npgsql;

namespace Consultation.Core.Data;

public sealed class PostgresDialect : SqlDialect
{
    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    public override DbConnection CreateConnection(string connectionString) => new NpgsqlConnection(connectionString);

    public override bool IsUniqueViolation(DbException exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}

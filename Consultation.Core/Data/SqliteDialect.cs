using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Consultation.Core.Data;

public sealed class SqliteDialect : SqlDialect
{
    private const int SqliteConstraint = 19;
    private const int ExtendedUnique = 2067;
    private const int ExtendedPrimaryKey = 1555;

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public override DbConnection CreateConnection(string connectionString) => new SqliteConnection(connectionString);

    public override bool IsUniqueViolation(DbException exception) =>
        exception is SqliteException { SqliteErrorCode: SqliteConstraint } e
        && e.SqliteExtendedErrorCode is ExtendedUnique or ExtendedPrimaryKey;
}

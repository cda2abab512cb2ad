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

    // ClaimHint is not overridden: SQLite has a single writer, and a transaction begun with BEGIN
    // IMMEDIATE already owns every row it reads.
    public override string InsertIgnoringDuplicates => "INSERT OR IGNORE INTO";

    public override System.Collections.IEnumerable Ids(IEnumerable<Guid> ids) => ids.Select(id => id.ToString()).ToArray();

    public override bool IsUniqueViolation(DbException exception) =>
        exception is SqliteException { SqliteErrorCode: SqliteConstraint } e
        && e.SqliteExtendedErrorCode is ExtendedUnique or ExtendedPrimaryKey;
}

using System.Data.Common;
using Microsoft.Data.SqlClient;

namespace Consultation.Core.Data;

// Not sealed: with no SQL Server on hand, specs run the service's real statements through a subclass
// that records them for Microsoft's T-SQL parser instead of sending them.
public class SqlServerDialect : SqlDialect
{
    public override DatabaseProvider Provider => DatabaseProvider.SqlServer;

    public override DbConnection CreateConnection(string connectionString) => new SqlConnection(connectionString);

    public override string Page => "OFFSET @Skip ROWS FETCH NEXT @Take ROWS ONLY";

    public override string Top(int rows) => $"TOP ({rows})";

    public override string Limit(int rows) => "";

    // InsertIgnoringDuplicates is not overridden: the unique index on escalations is created
    // WITH (IGNORE_DUP_KEY = ON), which makes a plain INSERT ignore duplicates.
    public override string ClaimHint => "WITH (UPDLOCK, READPAST, ROWLOCK)";

    // A statement carries at most 2,100 parameters; a little is kept for the ones beside a list of ids.
    public override int MaxParameters => 2_000;

    // 2627: unique constraint, 2601: unique index.
    public override bool IsUniqueViolation(DbException exception) =>
        exception is SqlException { Number: 2627 or 2601 };

    // 1205: chosen as the deadlock victim, e.g. an overdue scan meeting a close in the other lock order.
    public override bool IsTransientConflict(DbException exception) => exception is SqlException { Number: 1205 };
}

using System.Data.Common;
using Microsoft.Data.SqlClient;

namespace Consultation.Core.Data;

public sealed class SqlServerDialect : SqlDialect
{
    public override DatabaseProvider Provider => DatabaseProvider.SqlServer;

    public override DbConnection CreateConnection(string connectionString) => new SqlConnection(connectionString);

    public override string Page => "OFFSET @Skip ROWS FETCH NEXT @Take ROWS ONLY";

    // 2627: unique constraint, 2601: unique index.
    public override bool IsUniqueViolation(DbException exception) =>
        exception is SqlException { Number: 2627 or 2601 };
}

using System.Data.Common;

namespace Consultation.Core.Data;

/// <summary>The few places where SQL Server, PostgreSQL and SQLite differ; everything else is shared SQL.</summary>
public abstract class SqlDialect
{
    public abstract DatabaseProvider Provider { get; }

    public abstract DbConnection CreateConnection(string connectionString);

    /// <summary>A paging clause after an ORDER BY, reading the parameters <c>@Skip</c> and <c>@Take</c>.</summary>
    public virtual string Page => "LIMIT @Take OFFSET @Skip";

    /// <summary>
    /// A membership test against a list parameter. Dapper expands <c>IN @list</c> into one parameter
    /// per item, except on PostgreSQL, where it sends one array parameter that needs <c>= ANY</c>.
    /// </summary>
    public virtual string InList(string column, string parameter) => $"{column} IN @{parameter}";

    /// <summary>Whether the failure is a unique-key or primary-key violation, i.e. another writer got there first.</summary>
    public abstract bool IsUniqueViolation(DbException exception);

    public static SqlDialect For(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => new SqliteDialect(),
        DatabaseProvider.PostgreSql => new PostgresDialect(),
        DatabaseProvider.SqlServer => new SqlServerDialect(),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
    };
}

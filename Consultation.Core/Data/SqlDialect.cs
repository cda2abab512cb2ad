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

    /// <summary>
    /// Guids for an <see cref="InList"/> parameter. Dapper expands a list without consulting type
    /// handlers, so SQLite, which stores ids as text, is given them as text.
    /// </summary>
    public virtual System.Collections.IEnumerable Ids(IEnumerable<Guid> ids) => ids.ToArray();

    /// <summary>Row claiming: what follows SELECT (SQL Server's TOP) for a batch of <paramref name="rows"/>.</summary>
    public virtual string Top(int rows) => "";

    /// <summary>Row claiming: what ends the query (LIMIT) for a batch of <paramref name="rows"/>.</summary>
    public virtual string Limit(int rows) => $"LIMIT {rows}";

    /// <summary>Row claiming: the table hint after the claimed table, so other workers skip rows claimed here.</summary>
    public virtual string ClaimHint => "";

    /// <summary>Row claiming: the locking clause at the end of the query for the claimed table's alias.</summary>
    public virtual string ClaimSuffix(string alias) => "";

    /// <summary>An INSERT that leaves an existing row with the same unique key alone: the start of the statement.</summary>
    public virtual string InsertIgnoringDuplicates => "INSERT INTO";

    /// <summary>The end of the same statement.</summary>
    public virtual string IgnoreDuplicatesSuffix => "";

    /// <summary>Boolean literals as the partial indexes spell them, so the planner can match them.</summary>
    public virtual string True => "1";

    public virtual string False => "0";

    /// <summary>The most parameters one command may carry.</summary>
    public virtual int MaxParameters => 30_000;

    /// <summary>Whether the failure is a unique-key or primary-key violation, i.e. another writer got there first.</summary>
    public abstract bool IsUniqueViolation(DbException exception);

    /// <summary>
    /// Whether the database gave up the transaction to break a deadlock or a serialization conflict:
    /// nothing was written, and the same change may simply be tried again.
    /// </summary>
    public virtual bool IsTransientConflict(DbException exception) => false;

    public static SqlDialect For(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => new SqliteDialect(),
        DatabaseProvider.PostgreSql => new PostgresDialect(),
        DatabaseProvider.SqlServer => new SqlServerDialect(),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
    };
}

using System.Data.Common;

namespace Consultation.Core.Data;

/// <summary>Opens one connection per unit of work; pooling is the driver's job.</summary>
public sealed class Db(SqlDialect dialect, string connectionString)
{
    static Db() => DapperSetup.Register();

    public SqlDialect Dialect { get; } = dialect;

    public string ConnectionString { get; } = connectionString;

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = Dialect.CreateConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    /// <summary>Runs <paramref name="work"/> in a transaction, committing only if it returns normally.</summary>
    public async Task<T> InTransactionAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var result = await work(connection, transaction);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }
}

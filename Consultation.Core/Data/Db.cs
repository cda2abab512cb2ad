using System.Data.Common;

namespace Consultation.Core.Data;

/// <summary>Opens one connection per unit of work; pooling is the driver's job.</summary>
public sealed class Db(SqlDialect dialect, string connectionString)
{
    static Db() => DapperSetup.Register();

    public SqlDialect Dialect { get; } = dialect;

    public string ConnectionString { get; } = connectionString;

    // SQLite lets one transaction write at a time; Microsoft.Data.Sqlite retries a writer that finds the
    // lock taken after a blocking 150 ms sleep on its pool thread. Under concurrent writes those threads
    // ran out and the writer holding the lock waited for one to finish: writers of this process queue here.
    private readonly SemaphoreSlim? _writers = dialect.Provider == DatabaseProvider.Sqlite ? new SemaphoreSlim(1, 1) : null;

    /// <summary>
    /// To be held from before a write transaction begins until it is over. On SQLite the writers of this
    /// process take turns, waiting without blocking a thread; elsewhere the database's own locks suffice.
    /// </summary>
    public async ValueTask<WriteTurn> WriteTurnAsync(CancellationToken cancellationToken = default)
    {
        if (_writers is null)
        {
            return default;
        }
        await _writers.WaitAsync(cancellationToken);
        return new WriteTurn(_writers);
    }

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = Dialect.CreateConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    /// <summary>Runs <paramref name="work"/> in a transaction, committing only if it returns normally.</summary>
    public async Task<T> InTransactionAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken = default)
    {
        using var turn = await WriteTurnAsync(cancellationToken);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var result = await work(connection, transaction);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }
}

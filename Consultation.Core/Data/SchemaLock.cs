using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Consultation.Core.Data;

/// <summary>
/// Held while one process creates the database and applies the schema, so processes started together
/// take turns: the first applies, the others wait and then find nothing to apply. On the servers it is a
/// lock of the server's maintenance database (<c>postgres</c>, <c>master</c>), named after the target
/// database, since the target may not exist yet; the server releases it if the holder dies. On SQLite it
/// is an exclusive lock of an empty file beside the database, <c>{database}.schema-lock</c>.
/// </summary>
public sealed class SchemaLock : IDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);
    private readonly IDisposable _held;

    private SchemaLock(IDisposable held) => _held = held;

    public static SchemaLock Acquire(Db db) => new(db.Dialect.Provider switch
    {
        DatabaseProvider.PostgreSql => OnPostgres(db.ConnectionString),
        DatabaseProvider.SqlServer => OnSqlServer(db.ConnectionString),
        _ => OnSqliteFile(db.ConnectionString),
    });

    public void Dispose() => _held.Dispose();

    private static DbConnection OnPostgres(string connectionString)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var key = LockKey(target.Database ?? "");
        var maintenance = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        var connection = new NpgsqlConnection(maintenance.ConnectionString);
        connection.Open();
        Run(connection, $"SELECT pg_advisory_lock({key})");
        return connection;
    }

    private static DbConnection OnSqlServer(string connectionString)
    {
        var target = new SqlConnectionStringBuilder(connectionString);
        var maintenance = new SqlConnectionStringBuilder(connectionString) { InitialCatalog = "master", Pooling = false };
        var connection = new SqlConnection(maintenance.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "EXEC sp_getapplock @Resource = @resource, @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = -1";
        command.Parameters.AddWithValue("@resource", "consultation-schema:" + target.InitialCatalog);
        command.CommandTimeout = 0;
        command.ExecuteNonQuery();
        return connection;
    }

    private static FileStream OnSqliteFile(string connectionString)
    {
        var path = Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource + ".schema-lock");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        while (true)
        {
            try
            {
                // Kept after use: deleting it would let a waiter lock the deleted file while another locks a new one.
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                Thread.Sleep(Poll);
            }
        }
    }

    // A stable 63-bit key per database name; string.GetHashCode differs between processes.
    private static long LockKey(string database) =>
        BitConverter.ToInt64(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("consultation-schema:" + database))) & long.MaxValue;

    private static void Run(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        command.ExecuteNonQuery();
    }
}

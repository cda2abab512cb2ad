using DbUp;
using DbUp.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Consultation.Core.Data;

/// <summary>Applies the numbered scripts under <c>Schema/{provider}/</c> that the database has not seen yet.</summary>
public sealed class SchemaMigrator(Db db, ILogger<SchemaMigrator> logger)
{
    public void Migrate()
    {
        var folder = db.Dialect.Provider switch
        {
            DatabaseProvider.Sqlite => "Sqlite",
            DatabaseProvider.PostgreSql => "Postgres",
            _ => "SqlServer",
        };
        var prefix = $"Consultation.Core.Schema.{folder}.";
        using var turn = SchemaLock.Acquire(db);
        var builder = Target(db)
            .WithScriptsEmbeddedInAssembly(typeof(SchemaMigrator).Assembly, name => name.StartsWith(prefix, StringComparison.Ordinal));
        if (db.Dialect.Provider != DatabaseProvider.Sqlite)
        {
            builder = builder.WithScript(QuartzJobStoreSchema.For(db.Dialect.Provider, prefix));
        }
        var engine = builder
            .WithTransactionPerScript()
            .LogToNowhere()
            .Build();

        var result = engine.PerformUpgrade();
        if (!result.Successful)
        {
            throw new InvalidOperationException($"Schema script {result.ErrorScript?.Name} failed: {result.Error.Message}", result.Error);
        }
        foreach (var script in result.Scripts)
        {
            logger.LogInformation("Applied schema script {Script}", script.Name);
        }
    }

    private static UpgradeEngineBuilder Target(Db db)
    {
        switch (db.Dialect.Provider)
        {
            case DatabaseProvider.PostgreSql:
                EnsureDatabase.For.PostgresqlDatabase(db.ConnectionString);
                return DeployChanges.To.PostgresqlDatabase(db.ConnectionString);
            case DatabaseProvider.SqlServer:
                EnsureDatabase.For.SqlDatabase(db.ConnectionString);
                return DeployChanges.To.SqlDatabase(db.ConnectionString);
            default:
                PrepareSqlite(db.ConnectionString);
                return DeployChanges.To.SqliteDatabase(db.ConnectionString);
        }
    }

    // WAL lets readers proceed while one writer commits; it is a property of the file, set once.
    private static void PrepareSqlite(string connectionString)
    {
        var path = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL;";
        command.ExecuteNonQuery();
    }
}

using Consultation.Core;
using Consultation.Core.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Consultation.Comparison;

/// <summary>The run's databases on the given server: created on demand, all dropped at the end.</summary>
internal sealed class Databases(string server)
{
    private readonly List<string> _created = [];

    public async Task<string> CreateAsync(string name, CancellationToken cancellationToken)
    {
        await using (var admin = await OpenAdminAsync(cancellationToken))
        {
            _created.Add(name);
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    /// <summary>The service's services on a database (Core alone): to migrate it and to time the idle scan in process.</summary>
    public static ServiceProvider Core(string connectionString)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:Consultation"] = connectionString,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddMetrics();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddConsultationCore(configuration, "unused.db");
        return services.BuildServiceProvider();
    }

    public static void Migrate(string connectionString)
    {
        using var core = Core(connectionString);
        core.GetRequiredService<SchemaMigrator>().Migrate();
    }

    public async Task DropAllAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = await OpenAdminAsync(CancellationToken.None);
        foreach (var name in _created)
        {
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
        _created.Clear();
    }

    private async Task<NpgsqlConnection> OpenAdminAsync(CancellationToken cancellationToken)
    {
        var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString);
        await admin.OpenAsync(cancellationToken);
        return admin;
    }
}

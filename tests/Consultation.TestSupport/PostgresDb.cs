using Consultation.Core.Data;
using Npgsql;

namespace Consultation.TestSupport;

/// <summary>A new database on the server named by <c>CONSULTATION_TEST_POSTGRES</c>, dropped afterwards.</summary>
public sealed class PostgresDb : TestDatabase
{
    public const string Variable = "CONSULTATION_TEST_POSTGRES";
    private string? _server;
    private string? _name;

    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    public override void Create()
    {
        _server = RequireSetting(Variable, "PostgreSQL");
        _name = UniqueName();
        ConnectionString = new NpgsqlConnectionStringBuilder(_server) { Database = _name }.ConnectionString;
    }

    public override void Dispose()
    {
        if (_server is not null && _name is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_server) { Database = "postgres" }.ConnectionString);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)";
            command.ExecuteNonQuery();
        }
        base.Dispose();
    }
}

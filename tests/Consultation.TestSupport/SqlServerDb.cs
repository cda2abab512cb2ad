using Consultation.Core.Data;
using Microsoft.Data.SqlClient;

namespace Consultation.TestSupport;

/// <summary>A new database on the server named by <c>CONSULTATION_TEST_SQLSERVER</c>, dropped afterwards.</summary>
public sealed class SqlServerDb : TestDatabase
{
    public const string Variable = "CONSULTATION_TEST_SQLSERVER";
    private string? _server;
    private string? _name;

    public override DatabaseProvider Provider => DatabaseProvider.SqlServer;

    public override void Create()
    {
        _server = RequireSetting(Variable, "SQL Server");
        _name = UniqueName();
        ConnectionString = new SqlConnectionStringBuilder(_server) { InitialCatalog = _name }.ConnectionString;
    }

    public override void Dispose()
    {
        if (_server is not null && _name is not null)
        {
            SqlConnection.ClearAllPools();
            using var connection = new SqlConnection(new SqlConnectionStringBuilder(_server) { InitialCatalog = "master" }.ConnectionString);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"IF DB_ID('{_name}') IS NOT NULL BEGIN ALTER DATABASE [{_name}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{_name}]; END";
            command.ExecuteNonQuery();
        }
        base.Dispose();
    }
}

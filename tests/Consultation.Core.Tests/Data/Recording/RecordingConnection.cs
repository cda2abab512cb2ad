using System.Data;
using System.Data.Common;

namespace Consultation.Core.Tests.Data.Recording;

/// <summary>A connection that sends nothing anywhere: its commands go to the <see cref="StatementRecorder"/>.</summary>
internal sealed class RecordingConnection(StatementRecorder recorder, string connectionString) : DbConnection
{
    private ConnectionState _state = ConnectionState.Closed;

    [System.Diagnostics.CodeAnalysis.AllowNull]
    public override string ConnectionString { get; set; } = connectionString;

    public override string Database => "recorded";

    public override string DataSource => "recorded";

    public override string ServerVersion => "16.00";

    public override ConnectionState State => _state;

    public override void ChangeDatabase(string databaseName)
    {
    }

    public override void Open() => _state = ConnectionState.Open;

    public override void Close() => _state = ConnectionState.Closed;

    protected override DbTransaction BeginDbTransaction(IsolationLevel isolationLevel) => new RecordingTransaction(this, isolationLevel);

    protected override DbCommand CreateDbCommand() => new RecordingCommand(recorder) { Connection = this };
}

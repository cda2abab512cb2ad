using System.Data;
using System.Data.Common;

namespace Consultation.Core.Tests.Data.Recording;

/// <summary>Hands itself to the recorder when executed and answers with the scripted reply.</summary>
internal sealed class RecordingCommand(StatementRecorder recorder) : DbCommand
{
    private readonly RecordingParameters _parameters = new();

    [System.Diagnostics.CodeAnalysis.AllowNull]
    public override string CommandText { get; set; } = "";

    public override int CommandTimeout { get; set; } = 30;

    public override CommandType CommandType { get; set; } = CommandType.Text;

    public override bool DesignTimeVisible { get; set; }

    public override UpdateRowSource UpdatedRowSource { get; set; }

    protected override DbConnection? DbConnection { get; set; }

    protected override DbParameterCollection DbParameterCollection => _parameters;

    protected override DbTransaction? DbTransaction { get; set; }

    public override void Cancel()
    {
    }

    public override void Prepare()
    {
    }

    public override int ExecuteNonQuery()
    {
        var reply = Receive(query: false);
        return reply?.Affected ?? 1;
    }

    public override object? ExecuteScalar()
    {
        using var reader = ExecuteDbDataReader(CommandBehavior.Default);
        return reader.Read() && reader.FieldCount > 0 ? reader.GetValue(0) : null;
    }

    protected override DbParameter CreateDbParameter() => new RecordingParameter();

    protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior) => new ScriptedRows(Receive(query: true)?.Rows ?? []);

    private Reply? Receive(bool query)
    {
        var reply = recorder.Receive(this, query);
        return reply?.Failure is { } failure ? throw failure : reply;
    }
}

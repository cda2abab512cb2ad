using System.Data.Common;

namespace Consultation.Core.Tests.Data.Recording;

/// <summary>
/// Stands in for the database server: keeps every command as the server would receive it (after
/// Dapper has expanded its lists) and answers it from a script. A statement nobody scripted returns
/// no rows and no value and affects one row, so a change goes on as if its row was there.
/// </summary>
public sealed class StatementRecorder
{
    private readonly List<RecordedCommand> _commands = [];
    private readonly List<Reply> _replies = [];

    public IReadOnlyList<RecordedCommand> Commands
    {
        get
        {
            lock (_commands)
            {
                return [.. _commands];
            }
        }
    }

    /// <summary>Replies scripted but never asked for: the statement they wait for was changed or is no longer reached.</summary>
    public IReadOnlyList<string> Unused
    {
        get
        {
            lock (_commands)
            {
                return _replies.Where(r => !r.Used).Select(r => r.Fragment).ToList();
            }
        }
    }

    /// <summary>The next query containing <paramref name="fragment"/> reads <paramref name="rows"/>, each an object whose properties are its columns.</summary>
    public StatementRecorder Returns(string fragment, params IEnumerable<object> rows) =>
        Add(new Reply(fragment, Rows: [.. rows.Select(ScriptedRows.Columns)]));

    /// <summary>The next change containing <paramref name="fragment"/> affects <paramref name="count"/> rows.</summary>
    public StatementRecorder Affects(string fragment, int count) => Add(new Reply(fragment, Affected: count));

    /// <summary>The next statement containing <paramref name="fragment"/> is refused with <paramref name="failure"/>.</summary>
    public StatementRecorder Refuses(string fragment, DbException failure) => Add(new Reply(fragment, Failure: failure));

    internal DbConnection Connect(string connectionString) => new RecordingConnection(this, connectionString);

    /// <summary>Records the command and finds its scripted reply, if any.</summary>
    internal Reply? Receive(DbCommand command, bool query)
    {
        lock (_commands)
        {
            _commands.Add(new RecordedCommand(command.CommandText, command.Parameters.Count));
            var reply = _replies.FirstOrDefault(r => !r.Used && command.CommandText.Contains(r.Fragment, StringComparison.Ordinal)
                && (r.Failure is not null || (query ? r.Rows is not null : r.Affected is not null)));
            reply?.Use();
            return reply;
        }
    }

    private StatementRecorder Add(Reply reply)
    {
        lock (_commands)
        {
            _replies.Add(reply);
        }
        return this;
    }
}

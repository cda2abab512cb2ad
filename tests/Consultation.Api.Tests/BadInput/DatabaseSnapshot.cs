using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Consultation.Core.Data;

namespace Consultation.Api.Tests.BadInput;

/// <summary>Every table's row count and a hash of its rows: two equal snapshots mean nothing was written in between.</summary>
public sealed class DatabaseSnapshot
{
    private readonly Dictionary<string, TableState> _tables;

    private DatabaseSnapshot(Dictionary<string, TableState> tables) => _tables = tables;

    public IReadOnlyCollection<string> Tables => _tables.Keys;

    public static async Task<DatabaseSnapshot> TakeAsync(Db db, DatabaseProvider provider, ICollection<string> excluded)
    {
        await using var connection = await db.OpenAsync();
        var tables = new Dictionary<string, TableState>(StringComparer.OrdinalIgnoreCase);
        foreach (var table in await TableNamesAsync(connection, provider))
        {
            if (!excluded.Contains(table))
            {
                tables[table] = await ReadAsync(connection, Quote(table, provider));
            }
        }
        return new DatabaseSnapshot(tables);
    }

    /// <summary>The tables whose rows differ in <paramref name="later"/>, with their row counts before and after.</summary>
    public IReadOnlyList<string> ChangesIn(DatabaseSnapshot later) =>
        _tables.Keys.Union(later._tables.Keys, StringComparer.OrdinalIgnoreCase)
            .Where(t => _tables.GetValueOrDefault(t) != later._tables.GetValueOrDefault(t))
            .Select(t => $"{t}: {_tables.GetValueOrDefault(t)?.Rows} rows before, {later._tables.GetValueOrDefault(t)?.Rows} after")
            .ToList();

    private static async Task<List<string>> TableNamesAsync(DbConnection connection, DatabaseProvider provider)
    {
        var sql = provider switch
        {
            DatabaseProvider.Sqlite => "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
            DatabaseProvider.PostgreSql => "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'",
            _ => "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_TYPE = 'BASE TABLE'",
        };
        var names = new List<string>();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }
        return names;
    }

    private static async Task<TableState> ReadAsync(DbConnection connection, string quotedTable)
    {
        var rows = new List<string>();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {quotedTable}";
        await using var reader = await command.ExecuteReaderAsync();
        var values = new object[reader.FieldCount];
        while (await reader.ReadAsync())
        {
            reader.GetValues(values);
            rows.Add(string.Join('\u001F', values.Select(Text)));
        }
        // Row order is the engine's business; the content is what must not change.
        rows.Sort(StringComparer.Ordinal);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001E', rows)));
        return new TableState(rows.Count, Convert.ToHexString(hash));
    }

    private static string Text(object value) => value switch
    {
        DBNull => "\u2400",
        byte[] bytes => Convert.ToHexString(bytes),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Quote(string table, DatabaseProvider provider) =>
        provider == DatabaseProvider.SqlServer ? $"[{table}]" : $"\"{table}\"";
}

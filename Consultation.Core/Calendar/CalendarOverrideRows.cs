using System.Data;
using System.Data.Common;
using System.Globalization;
using Consultation.Core.Data;
using Dapper;

namespace Consultation.Core.Calendar;

/// <summary>
/// Reads and binds rows of <c>calendar_overrides</c>. The day is a <c>date</c> on PostgreSQL and SQL
/// Server and 'yyyy-MM-dd' text on SQLite; the providers hand it back as DateTime, DateOnly or string.
/// </summary>
internal static class CalendarOverrideRows
{
    private const string Select = "SELECT day, kind, name, updated_at FROM calendar_overrides";
    private const string DayFormat = "yyyy-MM-dd";

    public const string RevisionQuery = "SELECT revision FROM calendar_revision WHERE id = 1";

    public static async Task<List<StoredCalendarOverride>> ReadAllAsync(DbConnection connection, DbTransaction? transaction) =>
        (await connection.QueryAsync<Row>($"{Select} ORDER BY day", transaction: transaction)).Select(ToStored).ToList();

    public static List<StoredCalendarOverride> ReadAll(DbConnection connection) =>
        connection.Query<Row>($"{Select} ORDER BY day").Select(ToStored).ToList();

    public static async Task<List<StoredCalendarOverride>> ReadYearAsync(DbConnection connection, SqlDialect dialect, int year)
    {
        var parameters = Day(dialect, "first", new DateOnly(year, 1, 1));
        parameters.AddDynamicParams(Day(dialect, "next", new DateOnly(year + 1, 1, 1)));
        var rows = await connection.QueryAsync<Row>($"{Select} WHERE day >= @first AND day < @next ORDER BY day", parameters);
        return rows.Select(ToStored).ToList();
    }

    /// <summary>Parameters holding <paramref name="day"/> as <paramref name="name"/>, in the column's native form.</summary>
    public static DynamicParameters Day(SqlDialect dialect, string name, DateOnly day)
    {
        var parameters = new DynamicParameters();
        if (dialect.Provider == DatabaseProvider.Sqlite)
        {
            parameters.Add(name, day.ToString(DayFormat, CultureInfo.InvariantCulture), DbType.String);
        }
        else
        {
            parameters.Add(name, day.ToDateTime(TimeOnly.MinValue), DbType.Date);
        }
        return parameters;
    }

    private static StoredCalendarOverride ToStored(Row row)
    {
        var day = row.Day switch
        {
            DateOnly d => d,
            DateTime d => DateOnly.FromDateTime(d),
            string s => DateOnly.ParseExact(s, DayFormat, CultureInfo.InvariantCulture),
            _ => throw new DataException($"Cannot read a date from {row.Day?.GetType()}."),
        };
        var kind = CalendarOverrideKinds.Parse(row.Kind) ?? throw new DataException($"Unknown calendar override kind '{row.Kind}'.");
        return new StoredCalendarOverride(new CalendarOverride(day, kind, row.Name), row.UpdatedAt);
    }

    private sealed class Row
    {
        public object? Day { get; set; }
        public string Kind { get; set; } = "";
        public string Name { get; set; } = "";
        public DateTimeOffset UpdatedAt { get; set; }
    }
}

using System.Collections;
using System.Data.Common;
using System.Globalization;
using System.Text;

namespace Consultation.Core.Tests.Data.Recording;

/// <summary>The rows of a scripted reply, read the way Dapper reads a server's result.</summary>
internal sealed class ScriptedRows(IReadOnlyList<IReadOnlyList<KeyValuePair<string, object?>>> rows) : DbDataReader
{
    private int _row = -1;

    public override int FieldCount => rows.Count == 0 ? 0 : rows[0].Count;

    public override bool HasRows => rows.Count > 0;

    public override bool IsClosed => false;

    public override int RecordsAffected => -1;

    public override int Depth => 0;

    public override object this[int ordinal] => GetValue(ordinal);

    public override object this[string name] => GetValue(GetOrdinal(name));

    /// <summary>A row's columns from an object's properties, named as the schema names them (DueAt is due_at).</summary>
    public static IReadOnlyList<KeyValuePair<string, object?>> Columns(object row) =>
        row.GetType().GetProperties().Select(p => KeyValuePair.Create(SnakeCase(p.Name), p.GetValue(row))).ToList();

    public override bool Read() => ++_row < rows.Count;

    public override bool NextResult() => false;

    public override string GetName(int ordinal) => rows[0][ordinal].Key;

    public override int GetOrdinal(string name) =>
        rows[0].Select((c, i) => (c.Key, i)).First(c => string.Equals(c.Key, name, StringComparison.OrdinalIgnoreCase)).i;

    // A column's type is that of its first non-null value, as a server's result has one type per column.
    public override Type GetFieldType(int ordinal) =>
        rows.Select(r => r[ordinal].Value).FirstOrDefault(v => v is not null)?.GetType() ?? typeof(object);

    public override string GetDataTypeName(int ordinal) => GetFieldType(ordinal).Name;

    public override object GetValue(int ordinal) => rows[_row][ordinal].Value ?? DBNull.Value;

    public override int GetValues(object[] values)
    {
        var count = Math.Min(values.Length, FieldCount);
        for (var i = 0; i < count; i++)
        {
            values[i] = GetValue(i);
        }
        return count;
    }

    public override bool IsDBNull(int ordinal) => rows[_row][ordinal].Value is null;

    public override bool GetBoolean(int ordinal) => Convert.ToBoolean(GetValue(ordinal), CultureInfo.InvariantCulture);

    public override byte GetByte(int ordinal) => Convert.ToByte(GetValue(ordinal), CultureInfo.InvariantCulture);

    public override char GetChar(int ordinal) => Convert.ToChar(GetValue(ordinal), CultureInfo.InvariantCulture);

    public override DateTime GetDateTime(int ordinal) => Convert.ToDateTime(GetValue(ordinal), CultureInfo.InvariantCulture);

    public override decimal GetDecimal(int ordinal) => Convert.ToDecimal(GetValue(ordinal), CultureInfo.InvariantCulture);

    public override double GetDouble(int ordinal) => Convert.ToDouble(GetValue(ordinal), CultureInfo.InvariantCulture);

    public override float GetFloat(int ordinal) => Convert.ToSingle(GetValue(ordinal), CultureInfo.InvariantCulture);

    public override Guid GetGuid(int ordinal) => (Guid)GetValue(ordinal);

    public override short GetInt16(int ordinal) => Convert.ToInt16(GetValue(ordinal), CultureInfo.InvariantCulture);

    public override int GetInt32(int ordinal) => Convert.ToInt32(GetValue(ordinal), CultureInfo.InvariantCulture);

    public override long GetInt64(int ordinal) => Convert.ToInt64(GetValue(ordinal), CultureInfo.InvariantCulture);

    public override string GetString(int ordinal) => (string)GetValue(ordinal);

    public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length) =>
        throw new NotSupportedException("No scripted reply holds a stream.");

    public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length) =>
        throw new NotSupportedException("No scripted reply holds a stream.");

    public override IEnumerator GetEnumerator() => new DbEnumerator(this);

    private static string SnakeCase(string name)
    {
        var text = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append('_');
            }
            text.Append(char.ToLowerInvariant(c));
        }
        return text.ToString();
    }
}

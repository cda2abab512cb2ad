using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Consultation.Core.Tests.Data;

/// <summary>
/// The SQL Server schema the scripts leave, as far as the parse trees tell: each column's collation,
/// and the unique keys. A column's collation cannot change under a key, so altering it ends the keys
/// over it; a later script must add them again.
/// </summary>
internal sealed class SqlServerSchema : TSqlFragmentVisitor
{
    private readonly Dictionary<(string Table, string Column), string?> _collations = [];
    private readonly List<(string Table, string[] Columns)> _keys = [];

    public static SqlServerSchema Replay()
    {
        var schema = new SqlServerSchema();
        foreach (var (_, text) in SqlServerScripts.All())
        {
            foreach (var (batch, _) in SqlServerScripts.Batches(text))
            {
                TSqlReading.Parse(batch).Tree.Accept(schema);
            }
        }
        return schema;
    }

    /// <summary>The collation a column was given, or null for the database's default.</summary>
    public string? CollationOf(string table, string column) =>
        _collations.TryGetValue((table, column), out var collation) ? collation : throw new ArgumentException($"No column {table}.{column}.");

    public bool HasKey(string table, IEnumerable<string> columns) =>
        _keys.Any(k => k.Table == table && k.Columns.SequenceEqual(columns, StringComparer.OrdinalIgnoreCase));

    public override void ExplicitVisit(CreateTableStatement node)
    {
        var table = node.SchemaObjectName.BaseIdentifier.Value;
        Add(table, node.Definition.ColumnDefinitions, node.Definition.TableConstraints);
    }

    public override void ExplicitVisit(AlterTableAddTableElementStatement node) =>
        Add(node.SchemaObjectName.BaseIdentifier.Value, node.Definition.ColumnDefinitions, node.Definition.TableConstraints);

    public override void ExplicitVisit(AlterTableAlterColumnStatement node)
    {
        var (table, column) = (node.SchemaObjectName.BaseIdentifier.Value, node.ColumnIdentifier.Value);
        _collations[(table, column)] = node.Collation?.Value;
        _keys.RemoveAll(k => k.Table == table && k.Columns.Contains(column, StringComparer.OrdinalIgnoreCase));
    }

    public override void ExplicitVisit(DropTableStatement node)
    {
        foreach (var table in node.Objects.Select(o => o.BaseIdentifier.Value))
        {
            _keys.RemoveAll(k => k.Table == table);
            foreach (var column in _collations.Keys.Where(c => c.Table == table).ToList())
            {
                _collations.Remove(column);
            }
        }
    }

    private void Add(string table, IEnumerable<ColumnDefinition> columns, IEnumerable<ConstraintDefinition> constraints)
    {
        foreach (var column in columns)
        {
            var name = column.ColumnIdentifier.Value;
            _collations[(table, name)] = column.Collation?.Value;
            if (column.Constraints.OfType<UniqueConstraintDefinition>().Any())
            {
                _keys.Add((table, [name]));
            }
        }
        foreach (var key in constraints.OfType<UniqueConstraintDefinition>())
        {
            _keys.Add((table, [.. key.Columns.Select(c => c.Column.MultiPartIdentifier.Identifiers[^1].Value)]));
        }
    }
}

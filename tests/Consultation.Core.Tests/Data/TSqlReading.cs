using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Consultation.Core.Tests.Data;

/// <summary>Microsoft's own T-SQL parser, for SQL Server 2022, read as SqlClient sessions run: QUOTED_IDENTIFIER on.</summary>
internal static class TSqlReading
{
    public static (TSqlFragment Tree, IList<ParseError> Errors) Parse(string sql)
    {
        using var reader = new StringReader(sql);
        var tree = new TSql160Parser(initialQuotedIdentifiers: true).Parse(reader, out var errors);
        return (tree, errors);
    }
}

namespace Consultation.Core.Tests.Data;

/// <summary>
/// PostgreSQL and SQLite compare text exactly; SQL Server's default collation ignores case. Where the
/// database decides whether two values are one (a unique key, a lookup), SQL Server must compare
/// as the others do. Agency codes are upper-cased on the way in, so case never tells two apart and
/// they keep the default.
/// </summary>
public sealed class When_sql_server_compares_keys
{
    private static readonly SqlServerSchema Schema = SqlServerSchema.Replay();

    // 125/STC-QLNS and 125/stc-qlns are two documents; Idempotency-Keys are the client's opaque
    // strings; "all", the province-wide report, is not the report of an agency coded ALL.
    [TestCase("consultations", "document_number")]
    [TestCase("idempotent_requests", "idem_key")]
    [TestCase("reports", "lead")]
    public void Should_compare_exactly_as_PostgreSQL_does(string table, string column)
    {
        // A binary collation compares code points, as PostgreSQL's equality compares bytes.
        Assert.That(Schema.CollationOf(table, column), Does.EndWith("_BIN2"));
    }

    [TestCase("consultations", "lead_agency_code,document_number")]
    [TestCase("idempotent_requests", "caller,idem_key")]
    [TestCase("reports", "lead,period_from,period_to")]
    public void Should_keep_the_key_that_decides_between_writers(string table, string columns)
    {
        Assert.That(Schema.HasKey(table, columns.Split(',')), Is.True);
    }
}

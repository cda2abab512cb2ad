using System.Data.Common;
using Consultation.Core.Data;
using Dapper;

namespace Consultation.Core.Reports;

/// <summary>
/// The generated reports, one per lead unit and period. Saving a period again replaces its files
/// and keeps its id and its published mark, so a rerun does not announce, and mail, it twice.
/// </summary>
public sealed class ReportStore(Db db)
{
    private const string Columns = "id, lead, period_from, period_to, generated_at, json, docx, xlsx, published_at";

    /// <summary>Inserts the report, or replaces the one stored for the same lead and period; returns the stored id.</summary>
    public async Task<Guid> SaveAsync(StoredReport report, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await db.InTransactionAsync(async (connection, transaction) =>
                {
                    var replaced = await connection.ExecuteAsync(
                        """
                        UPDATE reports SET generated_at = @GeneratedAt, json = @Json, docx = @Docx, xlsx = @Xlsx
                        WHERE lead = @Lead AND period_from = @PeriodFrom AND period_to = @PeriodTo
                        """,
                        report, transaction);
                    if (replaced == 0)
                    {
                        await connection.ExecuteAsync(
                            $"INSERT INTO reports ({Columns}) VALUES (@Id, @Lead, @PeriodFrom, @PeriodTo, @GeneratedAt, @Json, @Docx, @Xlsx, NULL)",
                            report, transaction);
                    }
                    return await connection.QuerySingleAsync<Guid>(
                        "SELECT id FROM reports WHERE lead = @Lead AND period_from = @PeriodFrom AND period_to = @PeriodTo", report, transaction);
                }, cancellationToken);
            }
            catch (DbException e) when (attempt == 0 && db.Dialect.IsUniqueViolation(e))
            {
                // Another worker inserted the same period first; the second attempt replaces its row.
            }
        }
    }

    public async Task<StoredReport?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<StoredReport>($"SELECT {Columns} FROM reports WHERE id = @id", new { id });
    }

    /// <summary>Whether the report of <paramref name="lead"/> for the period has been generated.</summary>
    public async Task<bool> ExistsAsync(string lead, ReportPeriod period, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(
            "SELECT COUNT(*) FROM reports WHERE lead = @lead AND period_from = @from AND period_to = @to",
            new { lead, from = StoredReport.Format(period.From), to = StoredReport.Format(period.To) }) > 0;
    }

    public async Task<StoredReport?> FindAsync(string lead, ReportPeriod period, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<StoredReport>(
            $"SELECT {Columns} FROM reports WHERE lead = @lead AND period_from = @from AND period_to = @to",
            new { lead, from = StoredReport.Format(period.From), to = StoredReport.Format(period.To) });
    }

    /// <summary>The latest stored reports, without their files: the newest period first, the province's before the lead units'.</summary>
    public async Task<IReadOnlyList<ReportHeading>> RecentAsync(int take, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<ReportHeading>(
            $"""
            SELECT {db.Dialect.Top(take)} id, lead, period_from, period_to FROM reports
            ORDER BY period_to DESC, period_from DESC, CASE WHEN lead = 'all' THEN 0 ELSE 1 END, lead {db.Dialect.Limit(take)}
            """)).AsList();
    }

    /// <summary>Reports not yet announced, oldest first: the job publishes them, including those a crash left behind.</summary>
    public async Task<IReadOnlyList<ReportHeading>> UnpublishedAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<ReportHeading>(
            "SELECT id, lead, period_from, period_to FROM reports WHERE published_at IS NULL ORDER BY generated_at")).AsList();
    }

    public async Task MarkPublishedAsync(Guid id, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await connection.ExecuteAsync("UPDATE reports SET published_at = @at WHERE id = @id", new { id, at });
    }
}

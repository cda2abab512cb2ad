using System.Data.Common;
using Consultation.Core.Calendar;
using Consultation.Core.Data;
using Consultation.Core.Telemetry;
using Dapper;
using Microsoft.Extensions.Options;

namespace Consultation.Core.Escalations;

/// <summary>
/// Turns facts that have come due into escalation rows. Each batch claims its rows, marks them so
/// they leave the scan's partial index, and records the escalations, all in one transaction: a
/// crash before the commit leaves the work to the next scan, never half done.
/// </summary>
public sealed partial class EscalationScanner(
    Db db, IWorkingCalendar calendar, TimeProvider clock, IOptions<EscalationOptions> options, ConsultationMetrics metrics)
{
    private const string AwaitingAnswer = "a.status IN ('pending', 'clarification_requested')";

    private int BatchSize => options.Value.BatchSize;

    /// <summary>Runs every scan once; returns the number of escalations recorded.</summary>
    public async Task<int> ScanAllAsync(CancellationToken cancellationToken = default) =>
        await ScanOverdueAsync(cancellationToken)
        + await ScanLevel2Async(cancellationToken)
        + await ScanVagueAnswersAsync(cancellationToken);

    /// <summary>Claims batches with <paramref name="claimSql"/> until a batch comes back short or records nothing.</summary>
    private async Task<int> DrainAsync<TRow>(
        string claimSql, object parameters, Func<DbConnection, DbTransaction, IReadOnlyList<TRow>, Dictionary<string, int>, Task<int>> record,
        CancellationToken cancellationToken)
    {
        var total = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            await using var connection = await db.OpenAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var claimed = (await connection.QueryAsync<TRow>(claimSql, parameters, transaction)).AsList();
            if (claimed.Count == 0)
            {
                break;
            }
            var created = new Dictionary<string, int>(StringComparer.Ordinal);
            var recorded = await record(connection, transaction, claimed, created);
            await transaction.CommitAsync(cancellationToken);
            // Counted once committed, so a batch that rolls back is not reported as created.
            foreach (var (kind, count) in created)
            {
                metrics.EscalationsCreated.Add(count, new KeyValuePair<string, object?>("kind", kind));
            }
            total += recorded;
            if (claimed.Count < BatchSize || recorded == 0)
            {
                break;
            }
        }
        return total;
    }

    private string Claim(string columns, string from, string where, string orderBy, string alias) =>
        $"SELECT {db.Dialect.Top(BatchSize)} {columns} FROM {from} WHERE {where} ORDER BY {orderBy} {db.Dialect.Limit(BatchSize)} {db.Dialect.ClaimSuffix(alias)}";

    private Task MarkAsync(
        DbConnection connection, DbTransaction transaction, string set, IEnumerable<Guid> ids, string table = "assignments", object? values = null)
    {
        var parameters = new DynamicParameters(values);
        parameters.Add("ids", db.Dialect.Ids(ids));
        return connection.ExecuteAsync($"UPDATE {table} SET {set} WHERE {db.Dialect.InList("id", "ids")}", parameters, transaction);
    }

    /// <summary>Records escalation rows of one kind and counts the new ones in <paramref name="created"/>.</summary>
    private async Task RecordAsync(
        DbConnection connection, DbTransaction transaction, Dictionary<string, int> created,
        IReadOnlyList<(Guid, string)> rows, string kind, int level, DateTimeOffset now)
    {
        if (rows.Count == 0)
        {
            return;
        }
        var inserted = await EscalationRows.InsertAsync(connection, transaction, db.Dialect, rows, kind, level, now);
        created[kind] = created.GetValueOrDefault(kind) + inserted;
    }

    private static IReadOnlyList<(Guid, string)> Rows(IEnumerable<ClaimedAssignment> claimed) =>
        claimed.Select(c => (c.Id, Occurrence.OfDeadline(c.DueAt))).ToList();
}

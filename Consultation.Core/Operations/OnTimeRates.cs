using Consultation.Core.Data;
using Dapper;

namespace Consultation.Core.Operations;

public sealed class OnTimeRates(Db db, TimeProvider clock)
{
    /// <summary>Per agency, first-round answers on time against everything answered or already past due.</summary>
    public async Task<IReadOnlyList<AgencyOnTimeRate>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<AgencyOnTimeRate>(
            $"""
            SELECT a.agency_code AS code,
                SUM(CASE WHEN ans.id IS NOT NULL AND ans.late = {db.Dialect.False} THEN 1 ELSE 0 END) AS on_time,
                SUM(CASE WHEN ans.id IS NOT NULL OR a.due_at < @now THEN 1 ELSE 0 END) AS counted
            FROM assignments a LEFT JOIN answers ans ON ans.assignment_id = a.id AND ans.round = 1
            GROUP BY a.agency_code
            ORDER BY a.agency_code
            """,
            new { now = clock.GetUtcNow() });
        return rows.Where(r => r.Counted > 0).ToList();
    }
}

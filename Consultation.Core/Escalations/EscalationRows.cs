using System.Data.Common;
using System.Text;
using Consultation.Core.Data;
using Dapper;

namespace Consultation.Core.Escalations;

/// <summary>Writes escalation rows in few round trips; a row whose key already exists is left alone.</summary>
internal static class EscalationRows
{
    /// <summary>Inserts the rows; returns how many were new.</summary>
    public static async Task<int> InsertAsync(
        DbConnection connection, DbTransaction transaction, SqlDialect dialect,
        IReadOnlyList<(Guid AssignmentId, string Occurrence)> rows, string kind, int level, DateTimeOffset now)
    {
        var perCommand = Math.Max(1, (dialect.MaxParameters - 3) / 3);
        var inserted = 0;
        foreach (var chunk in rows.Chunk(perCommand))
        {
            var sql = new StringBuilder($"{dialect.InsertIgnoringDuplicates} escalations (id, assignment_id, kind, level, occurrence, created_at) VALUES ");
            var parameters = new DynamicParameters(new { kind, level, now });
            for (var i = 0; i < chunk.Length; i++)
            {
                sql.Append(i == 0 ? "" : ", ").Append(System.Globalization.CultureInfo.InvariantCulture, $"(@i{i}, @a{i}, @kind, @level, @o{i}, @now)");
                // Version 7 ids grow with time, so the primary key index stays append-only.
                parameters.Add($"i{i}", Guid.CreateVersion7(now));
                parameters.Add($"a{i}", chunk[i].AssignmentId);
                parameters.Add($"o{i}", chunk[i].Occurrence);
            }
            sql.Append(' ').Append(dialect.IgnoreDuplicatesSuffix);
            inserted += await connection.ExecuteAsync(sql.ToString(), parameters, transaction);
        }
        return inserted;
    }
}

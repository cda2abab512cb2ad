using Consultation.Core.Calendar;
using Consultation.Core.Data;
using Dapper;

namespace Consultation.Core.Telemetry;

public sealed class PipelineQueries(Db db, TimeProvider clock)
{
    public async Task<PipelineStatus> StatusAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var today = VietnamTime.DateOf(now);
        await using var connection = await db.OpenAsync(cancellationToken);
        var status = await connection.QuerySingleAsync<PipelineStatus>(
            """
            SELECT
                (SELECT COUNT(*) FROM consultations WHERE status = 'open') AS open_consultations,
                (SELECT COUNT(*) FROM assignments a JOIN consultations c ON c.id = a.consultation_id
                    WHERE c.status = 'open' AND a.status IN ('pending', 'clarification_requested')
                    AND a.due_at > @now AND a.due_at <= @endOfToday) AS due_today,
                (SELECT COUNT(*) FROM assignments a JOIN consultations c ON c.id = a.consultation_id
                    WHERE c.status = 'open' AND a.status IN ('pending', 'clarification_requested') AND a.due_at <= @now) AS overdue_now,
                (SELECT COUNT(*) FROM escalations WHERE published_at IS NULL) AS escalations_unpublished,
                (SELECT COUNT(*) FROM escalations WHERE published_at IS NOT NULL) AS escalations_published,
                (SELECT COUNT(*) FROM mails WHERE status = 'sent') AS emails_sent,
                (SELECT COUNT(*) FROM mails WHERE status = 'failed') AS emails_failed
            """,
            new { now, endOfToday = VietnamTime.StartOf(today.AddDays(1)) });
        // Read on its own, as a nullable: rows published since the count above leave MIN empty, not 0001-01-01.
        var oldest = await connection.ExecuteScalarAsync<DateTimeOffset?>("SELECT MIN(created_at) FROM escalations WHERE published_at IS NULL");
        return status with { OldestUnpublishedAge = oldest is { } since ? now - since : null };
    }
}

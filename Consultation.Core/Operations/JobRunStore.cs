using Consultation.Core.Data;
using Dapper;

namespace Consultation.Core.Operations;

public sealed class JobRunStore(Db db)
{
    private const int KeptPerJob = 20;

    /// <summary>Records a run and forgets all but the last runs of that job, so the table stays small.</summary>
    public async Task RecordAsync(JobRun run, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "INSERT INTO job_runs (job, instance, started_at, duration_ms, items, error) VALUES (@Job, @Instance, @StartedAt, @DurationMs, @Items, @Error)",
            run);
        await connection.ExecuteAsync(
            $"""
            DELETE FROM job_runs WHERE job = @job AND id NOT IN (
                SELECT id FROM (SELECT {db.Dialect.Top(KeptPerJob)} id FROM job_runs WHERE job = @job ORDER BY id DESC {db.Dialect.Limit(KeptPerJob)}) kept)
            """,
            new { job = run.Job });
    }

    /// <summary>The latest runs of every job, newest first.</summary>
    public async Task<IReadOnlyList<JobRun>> LatestAsync(int perJob = 5, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var runs = await connection.QueryAsync<JobRun>(
            "SELECT job, instance, started_at, duration_ms, items, error FROM job_runs ORDER BY started_at DESC, id DESC");
        return runs.GroupBy(r => r.Job).SelectMany(g => g.Take(perJob)).ToList();
    }
}

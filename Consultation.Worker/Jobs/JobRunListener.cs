using System.Diagnostics;
using Consultation.Core.Operations;
using Consultation.Core.Telemetry;
using Quartz;

namespace Consultation.Worker.Jobs;

/// <summary>Records every run of every job (start, duration, items handled, error) for the ops page and the metrics.</summary>
public sealed class JobRunListener(JobRunStore runs, ConsultationMetrics metrics, ILogger<JobRunListener> logger) : IJobListener
{
    public string Name => "consultation-job-runs";

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public async ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        var job = context.JobDetail.Key.Name;
        metrics.ScanDuration.Record(context.JobRunTime.TotalSeconds, new KeyValuePair<string, object?>("job", job));
        try
        {
            await runs.RecordAsync(new JobRun
            {
                Job = job,
                Instance = context.Scheduler.SchedulerInstanceId,
                StartedAt = context.FireTimeUtc,
                DurationMs = context.JobRunTime.TotalMilliseconds,
                Items = context.Result as int?,
                Error = jobException?.InnerException?.Message ?? jobException?.Message,
            }, cancellationToken);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException)
        {
            // The history is a convenience for ops; losing one entry must not fail the job.
            logger.LogWarning(e, "Could not record the run of {Job}", job);
        }
        Activity.Current?.SetTag("consultation.job", job);
    }
}

using Consultation.Core.Escalations;
using Consultation.Worker.Outbox;
using Quartz;

namespace Consultation.Worker.Jobs;

/// <summary>Finds overdue assignments (level 1 and 2), silences deemed agreement and vague answers, then publishes.</summary>
[DisallowConcurrentExecution]
public sealed class EscalationScanJob(EscalationScanner scanner, EscalationPublisher publisher, ILogger<EscalationScanJob> logger) : IJob
{
    public static readonly JobKey Key = new("escalation-scan", "consultation");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var pipeline = WorkerResilience.Create(logger);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var recorded = await pipeline.ExecuteAsync(async ct => await scanner.ScanAllAsync(ct), cancellationToken);
        var published = await publisher.DrainAsync(cancellationToken);
        context.Result = recorded + published;
        logger.LogInformation("Escalation scan recorded {Recorded} and published {Published} in {Elapsed} ms",
            recorded, published, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }
}

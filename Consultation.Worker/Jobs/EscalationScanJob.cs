using Consultation.Core.Escalations;
using Consultation.Worker.Outbox;
using Quartz;

namespace Consultation.Worker.Jobs;

/// <summary>Finds overdue assignments (level 1 and 2), silences deemed agreement and vague answers, then publishes.</summary>
[DisallowConcurrentExecution]
public sealed class EscalationScanJob(EscalationScanner scanner, EscalationOutbox outbox, EscalationPublisher publisher, ILogger<EscalationScanJob> logger) : IJob
{
    public static readonly JobKey Key = new("escalation-scan", "consultation");

    /// <summary>How long publishing waits for the scan's next batch once it has sent what was there.</summary>
    private static readonly TimeSpan WhileScanning = TimeSpan.FromMilliseconds(100);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var pipeline = WorkerResilience.Create(logger);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        // The scan commits its escalations batch by batch; publishing starts with the first, not after the last
        // (on SQLite, whose one writer would make each wait for the other, after the last).
        var scan = pipeline.ExecuteAsync(async ct => await scanner.ScanAllAsync(ct), cancellationToken).AsTask();
        var published = 0;
        while (!scan.IsCompleted && outbox.ClaimsConcurrently)
        {
            published += await publisher.DrainAsync(cancellationToken);
            await Task.WhenAny(scan, Task.Delay(WhileScanning, cancellationToken));
        }
        var recorded = await scan;
        published += await publisher.DrainAsync(cancellationToken);
        context.Result = recorded + published;
        logger.LogInformation("Escalation scan recorded {Recorded} and published {Published} in {Elapsed} ms",
            recorded, published, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }
}

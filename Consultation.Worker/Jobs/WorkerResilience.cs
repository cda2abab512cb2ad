using Polly;
using Polly.Retry;

namespace Consultation.Worker.Jobs;

/// <summary>
/// Retries a step of a job through a transient fault (a database failover, a broker restart) with
/// exponential backoff and jitter. What still fails is left for the next run: the rows stay in the
/// database, so nothing is lost by giving up.
/// </summary>
public static class WorkerResilience
{
    public static ResiliencePipeline Create(ILogger logger) => new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            MaxRetryAttempts = 3,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromMilliseconds(500),
            ShouldHandle = new PredicateBuilder().Handle<Exception>(e => e is not OperationCanceledException || e is TaskCanceledException { CancellationToken.IsCancellationRequested: false }),
            OnRetry = args =>
            {
                logger.LogWarning(args.Outcome.Exception, "Transient failure, retry {Attempt} in {Delay}", args.AttemptNumber + 1, args.RetryDelay);
                return ValueTask.CompletedTask;
            },
        })
        .Build();
}

using Consultation.Core.Idempotency;
using Microsoft.Extensions.Options;

namespace Consultation.Api.Idempotency;

/// <summary>Deletes idempotency records older than the retention period, every prune interval.</summary>
public sealed class IdempotencyPruner(IdempotencyStore store, IOptions<IdempotencyOptions> options, TimeProvider clock, ILogger<IdempotencyPruner> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PruneInterval, clock);
        do
        {
            try
            {
                var pruned = await store.PruneAsync(clock.GetUtcNow() - options.Value.Retention, stoppingToken);
                if (pruned > 0)
                {
                    logger.LogInformation("Pruned {Count} idempotency records older than {Retention}", pruned, options.Value.Retention);
                }
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // The database may be away for a while; the next round tries again.
                logger.LogWarning(e, "Pruning idempotency records failed");
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}

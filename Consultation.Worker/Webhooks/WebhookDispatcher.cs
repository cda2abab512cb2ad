using System.Collections.Concurrent;
using System.Security.Cryptography;
using Consultation.Core.Webhooks;
using Consultation.Worker.Jobs;
using Microsoft.Extensions.Options;

namespace Consultation.Worker.Webhooks;

/// <summary>
/// One delivery run: claims due deliveries, posts a few at a time, and records each outcome right away.
/// A run that is stopped hands back what it had not started; what was in flight keeps its lease and is
/// posted again when the lease runs out, under the same webhook-id.
/// </summary>
public sealed class WebhookDispatcher(WebhookOutbox outbox, WebhookSender sender, IOptions<WebhookOptions> options, ILogger<WebhookDispatcher> logger)
{
    private const int Parallelism = 8;

    public async Task<WebhookRun> RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        // Long enough for every round of posts in the batch to time out, so a live run never loses its claim.
        var rounds = (settings.BatchSize + Parallelism - 1) / Parallelism;
        var claimed = await outbox.ClaimDueAsync(settings.BatchSize, settings.Timeout * (rounds + 1) + TimeSpan.FromSeconds(30), cancellationToken);
        var started = new ConcurrentDictionary<Guid, bool>();
        var marking = WorkerResilience.Create(logger);
        int delivered = 0, retrying = 0, failed = 0;
        try
        {
            await Parallel.ForEachAsync(claimed, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
                async (delivery, ct) =>
                {
                    started[delivery.Id] = true;
                    var (status, error) = await SendAsync(delivery, ct);
                    if (status is >= 200 and < 300)
                    {
                        // The one gap in which a crash posts a delivery again: one statement, retried through a database
                        // blip. If it still fails, the delivery stays claimed until its lease runs out and is posted
                        // again, under the same webhook-id.
                        await marking.ExecuteAsync(async token => await outbox.MarkDeliveredAsync(delivery.Id, status.Value, token), ct);
                        Interlocked.Increment(ref delivered);
                        return;
                    }
                    var gaveUp = await outbox.MarkAttemptFailedAsync(delivery, status, error ?? "", CancellationToken.None);
                    logger.LogWarning("Webhook delivery {DeliveryId} to {Url}, attempt {Attempt}, failed{GaveUp}: {Error}",
                        delivery.Id, delivery.Url, delivery.Attempts, gaveUp ? " for good" : "", error);
                    Interlocked.Increment(ref gaveUp ? ref failed : ref retrying);
                });
        }
        finally
        {
            var unstarted = claimed.Where(d => !started.ContainsKey(d.Id)).Select(d => d.Id).ToList();
            if (unstarted.Count > 0)
            {
                await outbox.ReleaseAsync(unstarted, CancellationToken.None);
            }
        }
        return new WebhookRun(delivered, retrying, failed);
    }

    private async Task<(int? StatusCode, string? Error)> SendAsync(ClaimedDelivery delivery, CancellationToken cancellationToken)
    {
        try
        {
            return await sender.SendAsync(delivery, cancellationToken);
        }
        catch (CryptographicException e)
        {
            // The key ring no longer holds the key the secret was encrypted with: the agency rotates the secret.
            return (null, "The endpoint's secret cannot be read: " + e.Message);
        }
    }
}

using Consultation.Core.Calendar;
using Consultation.Core.Escalations;
using Consultation.Core.Telemetry;
using Consultation.Worker.Escalations;
using Consultation.Worker.Jobs;
using MassTransit;
using Microsoft.Extensions.Options;
using Polly;

namespace Consultation.Worker.Outbox;

/// <summary>
/// Publishes the escalation outbox: claims a batch in Core, sends it, marks what the broker confirmed,
/// and goes on while batches come full. The whole batch is in flight at once and awaited together
/// (one by one is eight times slower here); MassTransit waits for the broker's confirms.
/// </summary>
public sealed class EscalationPublisher(
    EscalationOutbox outbox, IBus bus, IWorkingCalendar calendar, TimeProvider clock, IOptions<WorkerOptions> options, ConsultationMetrics metrics,
    ILogger<EscalationPublisher> logger)
{
    private readonly ResiliencePipeline _retry = WorkerResilience.Create(logger);

    /// <summary>
    /// What the jobs call: publishes what is pending through transient faults; a broker that stays down
    /// is logged and the rows wait for the next run.
    /// </summary>
    public async Task<int> DrainAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _retry.ExecuteAsync(async ct => await PublishPendingAsync(ct), cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogError(e, "Publishing escalations failed; they stay in the outbox and are sent on the next run");
            return 0;
        }
    }

    /// <summary>Publishes until nothing is pending; returns how many were published; throws when a batch was not all confirmed.</summary>
    public async Task<int> PublishPendingAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            await using var batch = await outbox.ClaimAsync(cancellationToken);
            if (batch.Escalations.Count == 0)
            {
                break;
            }
            try
            {
                await SendAsync(batch, cancellationToken);
            }
            finally
            {
                // Confirmed messages are marked even when others failed, so a retry re-sends only those.
                await batch.CompleteAsync();
                total += batch.Confirmed.Count;
                Count(batch);
            }
            if (!batch.IsFull)
            {
                break;
            }
        }
        return total;
    }

    /// <summary>Sends every message of a claimed batch, confirming each in the batch as the broker does; throws if any was not.</summary>
    public async Task SendAsync(ClaimedBatch batch, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.PublishTimeout);
        var now = clock.GetUtcNow();
        await Task.WhenAll(batch.Escalations.Select(async e =>
        {
            await PublishOneAsync(e, batch.Answers, now, timeout.Token);
            batch.Confirm(e.Id);
        }));
    }

    private void Count(ClaimedBatch batch)
    {
        var confirmed = batch.Confirmed.ToHashSet();
        foreach (var kind in batch.Escalations.Where(e => confirmed.Contains(e.Id)).GroupBy(e => e.Kind))
        {
            metrics.EscalationsPublished.Add(kind.Count(), new KeyValuePair<string, object?>("kind", kind.Key));
        }
    }

    /// <summary>
    /// One message: a row that cannot be turned into one (its answer gone, a kind this version does not
    /// know) fails alone and stays in the outbox, instead of taking the batch's other messages with it.
    /// </summary>
    private Task PublishOneAsync(PendingEscalation e, IReadOnlyDictionary<Guid, AnswerDetail> answers, DateTimeOffset now, CancellationToken ct)
    {
        try
        {
            return EscalationCatalog.Of(e.Kind).PublishAsync(bus, e, new EscalationFacts(now, calendar, answers), ct);
        }
        catch (Exception failure) when (failure is InvalidOperationException or KeyNotFoundException or FormatException)
        {
            logger.LogError(failure, "Escalation {EscalationId} ({Kind}) cannot be published; it stays in the outbox", e.Id, e.Kind);
            return Task.FromException(failure);
        }
    }
}

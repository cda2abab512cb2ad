using Consultation.Contracts;
using Consultation.Core.Assessment;
using Consultation.Core.Calendar;
using Consultation.Core.Escalations;
using Consultation.Core.Telemetry;
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
            return PublishAsync(e, answers, now, ct);
        }
        catch (Exception failure) when (failure is InvalidOperationException or KeyNotFoundException or FormatException)
        {
            logger.LogError(failure, "Escalation {EscalationId} ({Kind}) cannot be published; it stays in the outbox", e.Id, e.Kind);
            return Task.FromException(failure);
        }
    }

    private Task PublishAsync(PendingEscalation e, IReadOnlyDictionary<Guid, AnswerDetail> answers, DateTimeOffset now, CancellationToken ct) => e.Kind switch
    {
        EscalationKinds.Requested => Send(e.Id, new ConsultationRequested(e.Id, e.ConsultationId, e.AssignmentId, e.DocumentNumber, e.Title,
            e.Issue, e.ProposedDirection, e.Urgency, e.LeadAgencyCode, e.LeadAgencyName, e.AgencyCode, e.AgencyName, e.Reason, e.DueAt,
            e.SilenceMeansConsent), ct),
        EscalationKinds.DueSoon => Send(e.Id, new AssignmentDueSoon(e.Id, e.ConsultationId, e.AssignmentId, e.DocumentNumber, e.Title,
            e.LeadAgencyCode, e.LeadAgencyName, e.AgencyCode, e.AgencyName, DueOf(e), WorkingDays.Left(calendar, DueOf(e), now), e.SilenceMeansConsent), ct),
        EscalationKinds.Overdue => Send(e.Id, new AssignmentOverdue(e.Id, e.ConsultationId, e.AssignmentId, e.DocumentNumber, e.Title,
            e.LeadAgencyCode, e.LeadAgencyName, e.AgencyCode, e.AgencyName, DueOf(e),
            WorkingDays.Overdue(calendar, DueOf(e), now), e.Level), ct),
        EscalationKinds.DeemedAgreed => Send(e.Id, new AssignmentDeemedAgreed(e.Id, e.ConsultationId, e.AssignmentId, e.DocumentNumber, e.Title,
            e.LeadAgencyCode, e.LeadAgencyName, e.AgencyCode, e.AgencyName, DueOf(e)), ct),
        EscalationKinds.VagueAnswer => Send(e.Id, Vague(e, answers[Occurrence.Answer(e.Occurrence)]), ct),
        EscalationKinds.ClarificationRequested => Send(e.Id, Clarification(e, answers[Occurrence.Answer(e.Occurrence)]), ct),
        EscalationKinds.Referred => Send(e.Id, Referral(e, answers[Occurrence.Answer(e.Occurrence)]), ct),
        EscalationKinds.ReferralRing => Send(e.Id, new ReferralRingDetected(e.Id, e.ConsultationId, e.AssignmentId, Occurrence.Answer(e.Occurrence),
            e.DocumentNumber, e.Title, e.LeadAgencyCode, e.LeadAgencyName, e.AgencyCode, e.AgencyName,
            [.. e.Chain, answers[Occurrence.Answer(e.Occurrence)].CompetentAgencyName ?? ""]), ct),
        _ => throw new InvalidOperationException($"Unknown escalation kind '{e.Kind}'."),
    };

    private Task Send<T>(Guid escalationId, T message, CancellationToken cancellationToken)
        where T : class =>
        bus.Publish(message, context => context.MessageId = escalationId, cancellationToken);

    private static ClarificationRequested Clarification(PendingEscalation e, AnswerDetail answer) => new(
        e.Id, e.ConsultationId, e.AssignmentId, answer.Id, e.DocumentNumber, e.Title, e.LeadAgencyCode, e.LeadAgencyName,
        e.AgencyCode, e.AgencyName, answer.ReviewNote ?? "", e.DueAt, e.DueWorkingDays, e.Round);

    private static AssignmentReferred Referral(PendingEscalation e, AnswerDetail answer) => new(
        e.Id, e.ConsultationId, e.AssignmentId, answer.Id, e.DocumentNumber, e.Title, e.LeadAgencyCode, e.LeadAgencyName,
        e.AgencyCode, e.AgencyName, answer.Content, answer.LegalBasis, answer.CompetentAgencyCode, answer.CompetentAgencyName ?? "",
        answer.AssessmentVerdict);

    private static VagueAnswerDetected Vague(PendingEscalation e, AnswerDetail answer) => new(
        e.Id, e.ConsultationId, e.AssignmentId, answer.Id, e.DocumentNumber, e.Title, e.LeadAgencyCode, e.LeadAgencyName,
        e.AgencyCode, e.AgencyName, answer.Position, answer.Content, answer.AssessmentScore ?? 0,
        AnswerAssessment.ReadReasons(answer.AssessmentReasons).Select(r => new AssessmentReason(r.Code, r.Message)).ToArray());

    /// <summary>The deadline the escalation was raised for, which an extension since then does not change.</summary>
    private static DateTimeOffset DueOf(PendingEscalation e) => Occurrence.Deadline(e.Occurrence) ?? e.DueAt;
}

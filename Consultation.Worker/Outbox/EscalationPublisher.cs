using System.Text.Json;
using Consultation.Contracts;
using Consultation.Core.Calendar;
using Consultation.Core.Escalations;
using Consultation.Core.Telemetry;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Consultation.Worker.Outbox;

/// <summary>
/// Publishes claimed escalation rows as events. The whole batch is in flight at once and awaited
/// together (one by one is eight times slower here); MassTransit waits for the broker's confirms.
/// </summary>
public sealed class EscalationPublisher(
    EscalationOutbox outbox, IBus bus, IWorkingCalendar calendar, TimeProvider clock, IOptions<WorkerOptions> options, ConsultationMetrics metrics,
    ILogger<EscalationPublisher> logger)
{
    public Task<int> PublishPendingAsync(CancellationToken cancellationToken) => outbox.PublishPendingAsync(PublishBatchAsync, cancellationToken);

    /// <summary>Publishes one claimed batch and returns once the broker has confirmed or refused every message.</summary>
    public async Task<PublishOutcome> PublishBatchAsync(
        IReadOnlyList<PendingEscalation> batch, IReadOnlyDictionary<Guid, AnswerDetail> answers, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.PublishTimeout);
        var now = clock.GetUtcNow();
        var sends = batch.Select(e => (Escalation: e, Task: PublishOneAsync(e, answers, now, timeout.Token))).ToList();
        Exception? failure = null;
        try
        {
            await Task.WhenAll(sends.Select(s => s.Task));
        }
        catch (Exception e)
        {
            failure = e;
        }
        var confirmed = sends.Where(s => s.Task.IsCompletedSuccessfully).Select(s => s.Escalation).ToList();
        foreach (var kind in confirmed.GroupBy(e => e.Kind))
        {
            metrics.EscalationsPublished.Add(kind.Count(), new KeyValuePair<string, object?>("kind", kind.Key));
        }
        return new PublishOutcome(confirmed.Select(e => e.Id).ToList(), failure);
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
            e.LeadAgencyCode, e.LeadAgencyName, e.AgencyCode, e.AgencyName, DueOf(e), WorkingDaysLeft(DueOf(e), now), e.SilenceMeansConsent), ct),
        EscalationKinds.Overdue => Send(e.Id, new AssignmentOverdue(e.Id, e.ConsultationId, e.AssignmentId, e.DocumentNumber, e.Title,
            e.LeadAgencyCode, e.LeadAgencyName, e.AgencyCode, e.AgencyName, DueOf(e),
            OverdueDays.Count(calendar, DueOf(e), now), e.Level), ct),
        EscalationKinds.DeemedAgreed => Send(e.Id, new AssignmentDeemedAgreed(e.Id, e.ConsultationId, e.AssignmentId, e.DocumentNumber, e.Title,
            e.LeadAgencyCode, e.LeadAgencyName, e.AgencyCode, e.AgencyName, DueOf(e)), ct),
        EscalationKinds.VagueAnswer => Send(e.Id, Vague(e, answers[Guid.Parse(e.Occurrence)]), ct),
        EscalationKinds.ClarificationRequested => Send(e.Id, Clarification(e, answers[Guid.Parse(e.Occurrence)]), ct),
        EscalationKinds.Referred => Send(e.Id, Referral(e, answers[Guid.Parse(e.Occurrence)]), ct),
        EscalationKinds.ReferralRing => Send(e.Id, new ReferralRingDetected(e.Id, e.ConsultationId, e.AssignmentId, Guid.Parse(e.Occurrence),
            e.DocumentNumber, e.Title, e.LeadAgencyCode, e.LeadAgencyName, e.AgencyCode, e.AgencyName,
            [.. e.Chain, answers[Guid.Parse(e.Occurrence)].CompetentAgencyName ?? ""]), ct),
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
        JsonSerializer.Deserialize<AssessmentReason[]>(answer.AssessmentReasons ?? "[]", JsonSerializerOptions.Web) ?? []);

    /// <summary>The deadline the escalation was raised for, which an extension since then does not change.</summary>
    private static DateTimeOffset DueOf(PendingEscalation e) =>
        DateTimeOffset.TryParse(e.Occurrence, System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AssumeUniversal, out var due) ? due.ToUniversalTime() : e.DueAt;

    /// <summary>Working days after today up to the deadline's last day: 0 means the deadline is today.</summary>
    private int WorkingDaysLeft(DateTimeOffset dueAt, DateTimeOffset now)
    {
        var last = VietnamTime.DateOf(dueAt.AddTicks(-1));
        var left = 0;
        for (var day = VietnamTime.DateOf(now).AddDays(1); day <= last && left < 1000; day = day.AddDays(1))
        {
            left += calendar.IsWorkingDay(day) ? 1 : 0;
        }
        return left;
    }
}

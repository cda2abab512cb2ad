using System.Text.Json;
using Consultation.Core.Consultations;
using Consultation.Core.Escalations;
using Consultation.Core.Mail;

namespace Consultation.Worker.Mail;

/// <summary>
/// Checks each line of a mail against the database just before it is sent. A line about an
/// assignment answered, extended or closed since its event is dropped: nobody is told an agency has
/// not answered when it has. Deemed agreement and referral rings are facts of the past and stay,
/// unless the lead withdrew the presumption by extending the deadline.
/// </summary>
public sealed class StaleLines(MailItemFacts facts)
{
    /// <summary>The items still true, oldest first.</summary>
    public async Task<IReadOnlyList<MailItem>> StillTrueAsync(QueuedMail mail, CancellationToken cancellationToken)
    {
        var read = mail.Items.Select(item => (Item: item, Subject: Subject.Of(item))).ToList();
        var assignments = await facts.AssignmentsAsync(read.Select(r => r.Subject.AssignmentId).Distinct().ToList(), cancellationToken);
        var reviews = await facts.ReviewsAsync(read.Where(r => r.Subject.AnswerId is not null).Select(r => r.Subject.AnswerId!.Value).Distinct().ToList(), cancellationToken);
        return read
            .Where(r => assignments.TryGetValue(r.Subject.AssignmentId, out var now) && IsTrue(r.Item.Kind, r.Subject, now, reviews))
            .Select(r => r.Item)
            .ToList();
    }

    private static bool IsTrue(string kind, Subject subject, AssignmentNow now, IReadOnlyDictionary<Guid, string?> reviews)
    {
        var open = now.ConsultationStatus == ConsultationStatus.Open;
        var awaited = now.Status is AssignmentStatus.Pending or AssignmentStatus.ClarificationRequested;
        return kind switch
        {
            // Still unanswered, against the same deadline (an extension makes a new one, with its own mails).
            EscalationKinds.Overdue or EscalationKinds.DueSoon => open && awaited && subject.DueAt == now.DueAt,
            EscalationKinds.Requested => open && awaited,
            EscalationKinds.ClarificationRequested => open && now.Status == AssignmentStatus.ClarificationRequested,
            EscalationKinds.VagueAnswer => open && subject.AnswerId is { } answer && reviews.TryGetValue(answer, out var decision) && decision is null,
            EscalationKinds.Referred => open,
            EscalationKinds.DeemedAgreed => now.DeemedAgreedAt is not null,
            _ => true,
        };
    }

    /// <summary>What a line is about, read from its event: every escalation names its assignment; some an answer and a deadline.</summary>
    private sealed record Subject(Guid AssignmentId, Guid? AnswerId, DateTimeOffset? DueAt)
    {
        public static Subject Of(MailItem item)
        {
            using var json = JsonDocument.Parse(item.Payload);
            var root = json.RootElement;
            return new Subject(
                root.GetProperty("assignmentId").GetGuid(),
                root.TryGetProperty("answerId", out var answer) ? answer.GetGuid() : null,
                root.TryGetProperty("dueAt", out var due) ? due.GetDateTimeOffset() : null);
        }
    }
}

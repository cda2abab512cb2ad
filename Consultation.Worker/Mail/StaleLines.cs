using System.Text.Json;
using Consultation.Core.Mail;
using Consultation.Worker.Escalations;

namespace Consultation.Worker.Mail;

/// <summary>
/// Checks each line of a mail against the database just before it is sent. A line about an
/// assignment answered, extended or closed since its event is dropped: nobody is told an agency has
/// not answered when it has. Each kind says when its line is still true (<see cref="EscalationCatalog"/>).
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
            .Where(r => assignments.TryGetValue(r.Subject.AssignmentId, out var now)
                && EscalationCatalog.Of(r.Item.Kind).StillTrue(new LineCheck(r.Subject.AssignmentId, r.Subject.AnswerId, r.Subject.DueAt, now, reviews)))
            .Select(r => r.Item)
            .ToList();
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

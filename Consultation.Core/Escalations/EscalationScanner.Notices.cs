using Consultation.Core.Assessment;

namespace Consultation.Core.Escalations;

public sealed partial class EscalationScanner
{
    /// <summary>Runs the scans of the reminder job: notices of new requests and reminders of near deadlines.</summary>
    public async Task<int> ScanNoticesAsync(CancellationToken cancellationToken = default) =>
        await ScanRequestsAsync(cancellationToken) + await ScanRemindersAsync(cancellationToken);

    /// <summary>Each consulted agency is told once that it has been asked.</summary>
    public Task<int> ScanRequestsAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var sql = Claim(
            "a.id, a.due_at, a.received_at",
            $"assignments a {db.Dialect.ClaimHint} JOIN consultations c ON c.id = a.consultation_id",
            $"a.requested_notified = {db.Dialect.False} AND c.status = 'open'",
            "a.received_at", "a");
        return DrainAsync<ClaimedAssignment>(sql, new { }, async (connection, transaction, claimed, created) =>
        {
            await MarkAsync(connection, transaction, $"requested_notified = {db.Dialect.True}", claimed.Select(c => c.Id));
            await RecordAsync(connection, transaction, created, claimed.Select(c => (c.Id, Occurrence.Once)).ToList(), EscalationKinds.Requested, 0, now);
            return claimed.Count;
        }, cancellationToken);
    }

    /// <summary>
    /// A reminder a set number of working days before the deadline, once per deadline: an extension or
    /// a clarification round re-arms it. A period shorter than the reminder's lead time gets none.
    /// </summary>
    public Task<int> ScanRemindersAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var lead = options.Value.ReminderWorkingDaysBefore;
        var sql = Claim(
            "a.id, a.due_at, a.received_at",
            $"assignments a {db.Dialect.ClaimHint} JOIN consultations c ON c.id = a.consultation_id",
            $"{AwaitingAnswer} AND a.reminder_sent = {db.Dialect.False} AND a.due_at > @now AND a.due_at <= @threshold AND c.status = 'open'",
            "a.due_at", "a");
        return DrainAsync<ClaimedAssignment>(sql, new { now, threshold = calendar.DueAt(now, lead) }, async (connection, transaction, claimed, created) =>
        {
            await MarkAsync(connection, transaction, $"reminder_sent = {db.Dialect.True}", claimed.Select(c => c.Id));
            var worthReminding = claimed.Where(c => calendar.DueAt(c.ReceivedAt, lead) < c.DueAt).ToList();
            await RecordAsync(connection, transaction, created, Rows(worthReminding), EscalationKinds.DueSoon, 0, now);
            return worthReminding.Count;
        }, cancellationToken);
    }

    /// <summary>
    /// An answer the assessor judged vague asks the lead unit to review it, once per answer. Answers are now
    /// submitted with their request (<see cref="Consultations.Answers"/>); this finds those stored before that.
    /// </summary>
    public Task<int> ScanVagueAnswersAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var sql = Claim(
            "ans.id, ans.assignment_id",
            $"answers ans {db.Dialect.ClaimHint} JOIN assignments a ON a.id = ans.assignment_id JOIN consultations c ON c.id = a.consultation_id",
            $"ans.assessment_verdict = '{AssessmentVerdicts.Vague}' AND ans.vague_escalated = {db.Dialect.False} AND ans.review_decision IS NULL AND c.status = 'open'",
            "ans.submitted_at", "ans");
        return DrainAsync<VagueAnswerRow>(sql, new { }, async (connection, transaction, claimed, created) =>
        {
            await MarkAsync(connection, transaction, $"vague_escalated = {db.Dialect.True}", claimed.Select(c => c.Id), "answers");
            await RecordAsync(connection, transaction, created, claimed.Select(c => (c.AssignmentId, Occurrence.OfAnswer(c.Id))).ToList(), EscalationKinds.VagueAnswer, 1, now);
            return claimed.Count;
        }, cancellationToken);
    }

    private sealed record VagueAnswerRow
    {
        public Guid Id { get; init; }
        public Guid AssignmentId { get; init; }
    }
}

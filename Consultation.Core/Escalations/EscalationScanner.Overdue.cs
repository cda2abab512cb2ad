using Consultation.Core.Calendar;
using Consultation.Core.Consultations;

namespace Consultation.Core.Escalations;

public sealed partial class EscalationScanner
{
    /// <summary>
    /// Unanswered assignments past their deadline: level 1 to the lead unit and the late agency's
    /// head, or, where the lead stated that silence means consent and the agency never answered in
    /// any round, recorded as deemed agreed. An agency that answered and then let a clarification
    /// deadline pass is overdue on the clarification: its written position stands.
    /// </summary>
    public Task<int> ScanOverdueAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var sql = Claim(
            "a.id, a.status, a.due_at, a.received_at, c.silence_means_consent",
            $"assignments a {db.Dialect.ClaimHint} JOIN consultations c ON c.id = a.consultation_id",
            $"{AwaitingAnswer} AND a.escalation_level = 0 AND a.due_at < @now AND c.status = 'open'",
            "a.due_at", "a");
        return DrainAsync<ClaimedAssignment>(sql, new { now }, async (connection, transaction, claimed, created) =>
        {
            var silent = claimed.Where(IsSilentConsent).ToList();
            var overdue = claimed.Where(c => !IsSilentConsent(c)).ToList();
            if (overdue.Count > 0)
            {
                await MarkAsync(connection, transaction, "escalation_level = 1, version = version + 1", overdue.Select(c => c.Id));
                await RecordAsync(connection, transaction, created, Rows(overdue), EscalationKinds.Overdue, 1, now);
            }
            if (silent.Count > 0)
            {
                await MarkAsync(connection, transaction,
                    $"escalation_level = 1, status = '{AssignmentStatus.DeemedAgreed}', deemed_agreed_at = @now, version = version + 1",
                    silent.Select(c => c.Id), values: new { now });
                await RecordAsync(connection, transaction, created, Rows(silent), EscalationKinds.DeemedAgreed, 1, now);
            }
            return claimed.Count;
        }, cancellationToken);
    }

    private static bool IsSilentConsent(ClaimedAssignment c) => c.SilenceMeansConsent && c.Status == AssignmentStatus.Pending;

    /// <summary>Still unanswered a set number of working days after the deadline: level 2, the supervisor too.</summary>
    public Task<int> ScanLevel2Async(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var days = options.Value.Level2AfterWorkingDays;
        // N working days are at least N calendar days: a cheap bound for the index, refined below by the calendar.
        var sql = Claim(
            "a.id, a.due_at, a.received_at",
            $"assignments a {db.Dialect.ClaimHint} JOIN consultations c ON c.id = a.consultation_id",
            $"{AwaitingAnswer} AND a.escalation_level = 1 AND a.due_at < @bound AND c.status = 'open'",
            "a.due_at", "a");
        return DrainAsync<ClaimedAssignment>(sql, new { bound = now.AddDays(-days) }, async (connection, transaction, claimed, created) =>
        {
            var due = claimed.Where(c => now >= calendar.DueAt(WorkingDays.LastMomentOf(c.DueAt), days)).ToList();
            if (due.Count > 0)
            {
                await MarkAsync(connection, transaction, "escalation_level = 2, version = version + 1", due.Select(c => c.Id));
                await RecordAsync(connection, transaction, created, Rows(due), EscalationKinds.Overdue, 2, now);
            }
            return due.Count;
        }, cancellationToken);
    }
}

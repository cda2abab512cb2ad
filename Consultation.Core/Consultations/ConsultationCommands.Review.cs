using Consultation.Core.Auditing;
using Consultation.Core.Escalations;
using Dapper;

namespace Consultation.Core.Consultations;

public sealed partial class ConsultationCommands
{
    /// <summary>Records the lead's review of the latest answer; a clarification request opens a new round.</summary>
    public Task<ChangeResult<Assignment>> ReviewAsync(Review review, CancellationToken cancellationToken = default) =>
        WithRetryAsync<Assignment>(async (connection, transaction) =>
        {
            if (await RefuseUnlessLeadAsync(connection, transaction, review.ConsultationId, review.LeadAgencyCode) is { } refused)
            {
                return ChangeResult<Assignment>.Failed(refused);
            }
            var status = await ReadStatusAsync(connection, transaction, review.ConsultationId);
            var assignment = await ReadAssignmentAsync(connection, transaction, review.ConsultationId, review.AgencyCode);
            if (assignment is null)
            {
                return ChangeResult<Assignment>.Failed(ChangeOutcome.AssignmentNotFound);
            }
            if (status != ConsultationStatus.Open)
            {
                return ChangeResult<Assignment>.Failed(ChangeOutcome.ConsultationNotOpen);
            }
            if (assignment.Status == AssignmentStatus.DeemedAgreed)
            {
                return ChangeResult<Assignment>.Failed(ChangeOutcome.DeemedAgreed);
            }
            if (assignment.Status != AssignmentStatus.Answered)
            {
                return ChangeResult<Assignment>.Failed(ChangeOutcome.NotAnswered);
            }
            var answerId = await connection.QuerySingleOrDefaultAsync<Guid?>(
                "SELECT id FROM answers WHERE assignment_id = @id AND round = @round AND review_decision IS NULL",
                new { id = assignment.Id, round = assignment.Round },
                transaction);
            var reviewed = answerId is null ? 0 : await connection.ExecuteAsync(
                """
                UPDATE answers SET review_decision = @Decision, review_note = @Note, reviewed_at = @Now
                WHERE id = @answerId AND review_decision IS NULL
                """,
                new { review.Decision, review.Note, review.Now, answerId },
                transaction);
            if (reviewed == 0)
            {
                return ChangeResult<Assignment>.Failed(ChangeOutcome.AlreadyReviewed);
            }
            var next = assignment with { Version = assignment.Version + 1 };
            var clarification = review.Decision == ReviewDecisions.RequestClarification;
            if (clarification)
            {
                next = next with
                {
                    Status = AssignmentStatus.ClarificationRequested,
                    Round = assignment.Round + 1,
                    DueAt = review.DueAt!.Value,
                    DueWorkingDays = review.WorkingDays,
                    ReceivedAt = review.Now,
                };
            }
            // Bumping the version even for accept makes a concurrent second review lose cleanly.
            var updated = await connection.ExecuteAsync(
                """
                UPDATE assignments SET status = @Status, round = @Round, due_at = @DueAt, due_working_days = @DueWorkingDays,
                    received_at = @ReceivedAt, escalation_level = @level, reminder_sent = @reminded, version = version + 1
                WHERE id = @Id AND version = @expected
                """,
                new
                {
                    next.Status,
                    next.Round,
                    next.DueAt,
                    next.DueWorkingDays,
                    next.ReceivedAt,
                    next.Id,
                    expected = assignment.Version,
                    // A clarification round has a deadline of its own: its reminder and escalations start afresh.
                    level = clarification ? 0 : assignment.EscalationLevel,
                    reminded = !clarification,
                },
                transaction);
            if (updated == 0)
            {
                return null;
            }
            if (clarification)
            {
                // The agency learns of the new round, the lead's note and the new deadline by mail.
                await RecordEscalationAsync(connection, transaction, assignment.Id, EscalationKinds.ClarificationRequested, 0, answerId!.Value, review.Now);
            }
            await AuditLog.AppendAsync(connection, transaction, new AuditEntry
            {
                At = review.Now,
                Actor = review.Actor,
                AgencyCode = review.LeadAgencyCode,
                Action = $"answer.review.{review.Decision}",
                Entity = "assignment",
                EntityId = assignment.Id.ToString(),
                Details = review.Note,
            });
            return ChangeResult<Assignment>.Done(next);
        }, cancellationToken);
}

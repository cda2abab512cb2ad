using Consultation.Core.Auditing;
using Dapper;

namespace Consultation.Core.Consultations;

public sealed partial class ConsultationCommands
{
    /// <summary>
    /// Extends (gia hạn) the deadline of an assignment still awaiting its answer. After silence was
    /// recorded as agreement the lead may still extend: the presumption is withdrawn and the answer
    /// is awaited again.
    /// </summary>
    public Task<ChangeResult<Assignment>> ExtendAsync(DueChange change, CancellationToken cancellationToken = default) =>
        WithRetryAsync<Assignment>(async (connection, transaction) =>
        {
            if (await RefuseUnlessLeadAsync(connection, transaction, change.ConsultationId, change.LeadAgencyCode) is { } refused)
            {
                return ChangeResult<Assignment>.Failed(refused);
            }
            var status = await ReadStatusAsync(connection, transaction, change.ConsultationId);
            var assignment = await ReadAssignmentAsync(connection, transaction, change.ConsultationId, change.AgencyCode);
            if (assignment is null)
            {
                return ChangeResult<Assignment>.Failed(ChangeOutcome.AssignmentNotFound);
            }
            if (status != ConsultationStatus.Open)
            {
                return ChangeResult<Assignment>.Failed(ChangeOutcome.ConsultationNotOpen);
            }
            if (!assignment.AwaitsAnswer && assignment.Status != AssignmentStatus.DeemedAgreed)
            {
                return ChangeResult<Assignment>.Failed(ChangeOutcome.AlreadyAnswered);
            }
            if (change.DueAt <= assignment.DueAt)
            {
                return ChangeResult<Assignment>.Failed(ChangeOutcome.DueNotLater);
            }
            // A new deadline re-arms its reminder and its escalations, which are keyed by the deadline they concern.
            // A period in working days counts from the extension, so a later calendar change recomputes it from there.
            var receivedAt = change.WorkingDays is null ? assignment.ReceivedAt : change.Now;
            var awaited = assignment.Status == AssignmentStatus.DeemedAgreed ? AssignmentStatus.Pending : assignment.Status;
            var updated = await connection.ExecuteAsync(
                """
                UPDATE assignments SET due_at = @DueAt, due_working_days = @WorkingDays, received_at = @receivedAt, status = @awaited,
                    deemed_agreed_at = NULL, escalation_level = 0, reminder_sent = @rearmed, version = version + 1
                WHERE id = @Id AND version = @Version
                """,
                new { change.DueAt, change.WorkingDays, receivedAt, awaited, rearmed = false, assignment.Id, assignment.Version },
                transaction);
            if (updated == 0)
            {
                return null;
            }
            await connection.ExecuteAsync(
                """
                INSERT INTO deadline_extensions (id, assignment_id, previous_due_at, new_due_at, working_days, reason, created_at)
                VALUES (@id, @assignmentId, @previous, @DueAt, @WorkingDays, @Reason, @Now)
                """,
                new { id = Guid.NewGuid(), assignmentId = assignment.Id, previous = assignment.DueAt, change.DueAt, change.WorkingDays, change.Reason, change.Now },
                transaction);
            await AuditLog.AppendAsync(connection, transaction, new AuditEntry
            {
                At = change.Now,
                Actor = change.Actor,
                AgencyCode = change.LeadAgencyCode,
                Action = "assignment.extended",
                Entity = "assignment",
                EntityId = assignment.Id.ToString(),
                Details = $"{assignment.DueAt:O} -> {change.DueAt:O}: {change.Reason}",
            });
            return ChangeResult<Assignment>.Done(assignment with
            {
                DueAt = change.DueAt,
                DueWorkingDays = change.WorkingDays,
                ReceivedAt = receivedAt,
                Status = awaited,
                DeemedAgreedAt = null,
                EscalationLevel = 0,
                Version = assignment.Version + 1,
            });
        }, cancellationToken);
}

using Consultation.Core.Auditing;
using Dapper;

namespace Consultation.Core.Consultations;

public sealed partial class ConsultationCommands
{
    /// <summary>
    /// Redirects a referral: asks the competent agency, once per referral. The new assignment gets
    /// the usual request notice from the worker; the unique key (consultation, agency) refuses an
    /// agency already consulted, also when two redirects race.
    /// </summary>
    public Task<ChangeResult<Assignment>> RedirectAsync(Redirection redirect, CancellationToken cancellationToken = default) =>
        WithRetryAsync<Assignment>(async (connection, transaction) =>
        {
            if (await RefuseUnlessLeadAsync(connection, transaction, redirect.ConsultationId, redirect.LeadAgencyCode) is { } refused)
            {
                return ChangeResult<Assignment>.Failed(refused);
            }
            var status = await ReadStatusAsync(connection, transaction, redirect.ConsultationId);
            var from = await ReadAssignmentAsync(connection, transaction, redirect.ConsultationId, redirect.FromAgencyCode);
            if (from is null)
            {
                return ChangeResult<Assignment>.Failed(ChangeOutcome.AssignmentNotFound);
            }
            if (status != ConsultationStatus.Open)
            {
                return ChangeResult<Assignment>.Failed(ChangeOutcome.ConsultationNotOpen);
            }
            var referral = await connection.QuerySingleOrDefaultAsync<ReferralRow>(
                "SELECT position, competent_agency_code FROM answers WHERE assignment_id = @Id AND round = @Round",
                from,
                transaction);
            if (from.Status != AssignmentStatus.Answered || referral?.Position != Positions.NotCompetent)
            {
                return ChangeResult<Assignment>.Failed(ChangeOutcome.NotReferred);
            }
            if (await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM assignments WHERE redirected_from_id = @Id", from, transaction) > 0)
            {
                return ChangeResult<Assignment>.Failed(ChangeOutcome.AlreadyRedirected);
            }
            var to = redirect.ToAgencyCode ?? referral.CompetentAgencyCode;
            if (to is null)
            {
                return ChangeResult<Assignment>.Failed(ChangeOutcome.CompetentAgencyRequired);
            }
            var active = await connection.QuerySingleOrDefaultAsync<bool?>("SELECT active FROM agencies WHERE code = @to", new { to }, transaction);
            if (active != true || to == redirect.LeadAgencyCode)
            {
                return ChangeResult<Assignment>.Failed(ChangeOutcome.UnknownAgency);
            }
            if (await ReadAssignmentAsync(connection, transaction, redirect.ConsultationId, to) is not null)
            {
                return ChangeResult<Assignment>.Failed(ChangeOutcome.AlreadyConsulted);
            }
            var assignment = new Assignment
            {
                Id = Guid.NewGuid(),
                ConsultationId = redirect.ConsultationId,
                AgencyCode = to,
                Reason = redirect.Reason,
                ReceivedAt = redirect.Now,
                DueAt = redirect.DueAt,
                DueWorkingDays = redirect.WorkingDays,
                Status = AssignmentStatus.Pending,
                RedirectedFromId = from.Id,
            };
            await connection.ExecuteAsync(
                """
                INSERT INTO assignments (id, consultation_id, agency_code, reason, received_at, due_at, due_working_days, status, round,
                    escalation_level, version, redirected_from_id)
                VALUES (@Id, @ConsultationId, @AgencyCode, @Reason, @ReceivedAt, @DueAt, @DueWorkingDays, @Status, 1, 0, 1, @RedirectedFromId)
                """,
                assignment,
                transaction);
            await AuditLog.AppendAsync(connection, transaction, new AuditEntry
            {
                At = redirect.Now,
                Actor = redirect.Actor,
                AgencyCode = redirect.LeadAgencyCode,
                Action = "assignment.redirected",
                Entity = "assignment",
                EntityId = assignment.Id.ToString(),
                Details = $"{from.AgencyCode} -> {to}: {redirect.Reason}",
            });
            return ChangeResult<Assignment>.Done(assignment);
        }, cancellationToken);

    private sealed record ReferralRow
    {
        public required string Position { get; init; }
        public string? CompetentAgencyCode { get; init; }
    }
}

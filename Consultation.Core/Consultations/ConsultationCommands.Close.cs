using Consultation.Core.Auditing;
using Dapper;

namespace Consultation.Core.Consultations;

public sealed partial class ConsultationCommands
{
    /// <summary>Closes an open consultation with the lead's synthesis (tổng hợp); only its lead (<c>audit.AgencyCode</c>) may.</summary>
    public Task<ChangeResult<ConsultationRecord>> CloseAsync(
        Guid consultationId, string synthesis, AuditEntry audit, CancellationToken cancellationToken = default) =>
        WithRetryAsync<ConsultationRecord>(async (connection, transaction) =>
        {
            if (await RefuseUnlessLeadAsync(connection, transaction, consultationId, audit.AgencyCode ?? "") is { } refused)
            {
                return ChangeResult<ConsultationRecord>.Failed(refused);
            }
            var closed = await connection.ExecuteAsync(
                """
                UPDATE consultations SET status = @closed, closed_at = @At, synthesis = @synthesis, version = version + 1
                WHERE id = @consultationId AND status = @open
                """,
                new { closed = ConsultationStatus.Closed, open = ConsultationStatus.Open, audit.At, synthesis, consultationId },
                transaction);
            if (closed == 0)
            {
                var status = await ReadStatusAsync(connection, transaction, consultationId);
                return ChangeResult<ConsultationRecord>.Failed(status is null ? ChangeOutcome.NotFound : ChangeOutcome.ConsultationNotOpen);
            }
            // An answer in flight read the assignment before the close; bumping versions makes it lose and re-read.
            await connection.ExecuteAsync(
                "UPDATE assignments SET version = version + 1 WHERE consultation_id = @consultationId",
                new { consultationId },
                transaction);
            await AuditLog.AppendAsync(connection, transaction, audit);
            var record = await connection.QuerySingleAsync<ConsultationRecord>(
                $"SELECT {ConsultationQueries.ConsultationColumns} FROM consultations WHERE id = @consultationId",
                new { consultationId },
                transaction);
            return ChangeResult<ConsultationRecord>.Done(record);
        }, cancellationToken);
}

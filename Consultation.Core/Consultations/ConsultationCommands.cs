using System.Data.Common;
using Consultation.Core.Auditing;
using Consultation.Core.Data;
using Consultation.Core.Escalations;
using Dapper;

namespace Consultation.Core.Consultations;

/// <summary>
/// Every change to a consultation. Two writers that meet (two answers at once, an answer racing an
/// extension or a close) are decided by the database: each change updates the assignment row only
/// at the version it read, and a loser re-reads and decides again on the fresh state.
/// </summary>
public sealed partial class ConsultationCommands(Db db)
{
    private const int Attempts = 5;

    public async Task<ChangeOutcome> OpenAsync(
        ConsultationRecord consultation, IReadOnlyList<Assignment> assignments, AuditEntry audit, CancellationToken cancellationToken = default)
    {
        try
        {
            return await db.InTransactionAsync(async (connection, transaction) =>
            {
                await connection.ExecuteAsync(
                    """
                    INSERT INTO consultations (id, lead_agency_code, document_number, title, issue, proposed_direction, urgency,
                        silence_means_consent, status, opened_at, version)
                    VALUES (@Id, @LeadAgencyCode, @DocumentNumber, @Title, @Issue, @ProposedDirection, @Urgency,
                        @SilenceMeansConsent, @Status, @OpenedAt, 1)
                    """,
                    consultation,
                    transaction);
                await connection.ExecuteAsync(
                    """
                    INSERT INTO assignments (id, consultation_id, agency_code, reason, received_at, due_at, due_working_days, status, round, escalation_level, version)
                    VALUES (@Id, @ConsultationId, @AgencyCode, @Reason, @ReceivedAt, @DueAt, @DueWorkingDays, @Status, 1, 0, 1)
                    """,
                    assignments,
                    transaction);
                await AuditLog.AppendAsync(connection, transaction, audit);
                return ChangeOutcome.Done;
            }, cancellationToken);
        }
        catch (DbException e) when (db.Dialect.IsUniqueViolation(e))
        {
            return ChangeOutcome.DuplicateDocumentNumber;
        }
    }

    /// <summary>Runs a versioned change, retrying on the fresh state when another writer got there first.</summary>
    private async Task<ChangeResult<T>> WithRetryAsync<T>(
        Func<DbConnection, DbTransaction, Task<ChangeResult<T>?>> attempt, CancellationToken cancellationToken)
    {
        for (var i = 0; i < Attempts; i++)
        {
            await using var connection = await db.OpenAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            ChangeResult<T>? result;
            try
            {
                result = await attempt(connection, transaction);
            }
            catch (DbException e) when (db.Dialect.IsUniqueViolation(e) || db.Dialect.IsTransientConflict(e))
            {
                result = null;
            }
            if (result is null)
            {
                // Lost the race: roll back and decide again on what the winner left. A deadlock victim's
                // transaction is already rolled back by the server, and rolling back again may throw.
                try
                {
                    await transaction.RollbackAsync(cancellationToken);
                }
                catch (InvalidOperationException)
                {
                }
                continue;
            }
            if (result.Outcome == ChangeOutcome.Done)
            {
                await transaction.CommitAsync(cancellationToken);
            }
            return result;
        }
        throw new System.Data.DBConcurrencyException("The record kept changing under this request; try again.");
    }

    /// <summary>
    /// An escalation the change itself causes (a referral, a clarification request), written in the
    /// change's transaction: it exists exactly when the change does, and the outbox publishes it.
    /// </summary>
    private Task RecordEscalationAsync(
        DbConnection connection, DbTransaction transaction, Guid assignmentId, string kind, int level, Guid answerId, DateTimeOffset now) =>
        EscalationRows.InsertAsync(connection, transaction, db.Dialect, [(assignmentId, Occurrence.OfAnswer(answerId))], kind, level, now);

    /// <summary>
    /// Whether <paramref name="caller"/> may act as the lead, decided in the change's own transaction: a
    /// consultation the caller is not party to is absent to it (as for reads); a party that does not lead
    /// it is refused. Null when the caller leads it.
    /// </summary>
    private static async Task<ChangeOutcome?> RefuseUnlessLeadAsync(DbConnection connection, DbTransaction transaction, Guid consultationId, string caller)
    {
        var lead = await connection.QuerySingleOrDefaultAsync<string?>(
            "SELECT lead_agency_code FROM consultations WHERE id = @consultationId", new { consultationId }, transaction);
        if (lead == caller)
        {
            return null;
        }
        var consulted = lead is not null && await ReadAssignmentAsync(connection, transaction, consultationId, caller) is not null;
        return consulted ? ChangeOutcome.NotLead : ChangeOutcome.NotFound;
    }

    private static Task<Assignment?> ReadAssignmentAsync(DbConnection connection, DbTransaction transaction, Guid consultationId, string agencyCode) =>
        connection.QuerySingleOrDefaultAsync<Assignment>(
            $"SELECT {ConsultationQueries.AssignmentColumns} FROM assignments WHERE consultation_id = @consultationId AND agency_code = @agencyCode",
            new { consultationId, agencyCode },
            transaction);

    private static Task<string?> ReadStatusAsync(DbConnection connection, DbTransaction transaction, Guid consultationId) =>
        connection.QuerySingleOrDefaultAsync<string?>(
            "SELECT status FROM consultations WHERE id = @consultationId", new { consultationId }, transaction);
}

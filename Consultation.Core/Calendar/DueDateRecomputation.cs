using System.Data.Common;
using Consultation.Core.Auditing;
using Consultation.Core.Consultations;
using Dapper;

namespace Consultation.Core.Calendar;

/// <summary>
/// When the calendar changes, moves the due moments of open assignments that were counted in working
/// days, so an agency is held to the calendar in force rather than to a day off it was wrongly given
/// (or denied). Each move bumps the assignment's version and is audited. A deadline that moves into
/// the future re-arms its reminder and escalations, and withdraws a deemed agreement recorded under
/// the old calendar: silence is consent only once the deadline in force has passed.
/// </summary>
internal static class DueDateRecomputation
{
    private const int Attempts = 5;

    private const string Open = """
        status IN ('pending', 'clarification_requested', 'deemed_agreed') AND due_working_days IS NOT NULL
        AND consultation_id IN (SELECT id FROM consultations WHERE status = 'open')
        """;

    public static async Task<int> ApplyAsync(
        DbConnection connection, DbTransaction transaction, VietnamWorkingCalendar before, VietnamWorkingCalendar after,
        DateOnly changed, AuditEntry audit)
    {
        // audit is the calendar change's own entry; each moved assignment gets one derived from it.
        var days = ChangedDays(before, after, changed);
        if (days.Count == 0)
        {
            return 0;
        }
        // A period counts the days after receipt up to its due day, so only periods that contain a
        // changed day can move. The stored due moment is the old calendar's, which is the one to test.
        var candidates = await connection.QueryAsync<Assignment>(
            $"""
            SELECT {ConsultationQueries.AssignmentColumns} FROM assignments
            WHERE {Open} AND received_at < @until AND due_at > @since
            ORDER BY id
            """,
            new { since = VietnamTime.StartOf(days[0]), until = VietnamTime.StartOf(days[^1]) },
            transaction);
        var moved = 0;
        foreach (var assignment in candidates)
        {
            if (await MoveAsync(connection, transaction, assignment, after, audit))
            {
                moved++;
            }
        }
        return moved;
    }

    /// <summary>
    /// The dates whose working status differs. An override can also decide whether a nearby holiday
    /// earns a compensatory day (see <see cref="Compensation"/>), so whole years around it are compared.
    /// </summary>
    private static List<DateOnly> ChangedDays(VietnamWorkingCalendar before, VietnamWorkingCalendar after, DateOnly changed)
    {
        var first = Math.Max(changed.Year - 1, VietnamWorkingCalendar.MinYear);
        var last = Math.Min(changed.Year + 1, VietnamWorkingCalendar.MaxYear);
        var days = new List<DateOnly>();
        for (var day = new DateOnly(first, 1, 1); day.Year <= last; day = day.AddDays(1))
        {
            if (before.IsWorkingDay(day) != after.IsWorkingDay(day))
            {
                days.Add(day);
            }
        }
        return days;
    }

    private static async Task<bool> MoveAsync(
        DbConnection connection, DbTransaction transaction, Assignment assignment, VietnamWorkingCalendar calendar, AuditEntry audit)
    {
        for (var i = 0; i < Attempts; i++)
        {
            var due = calendar.DueAt(assignment.ReceivedAt, assignment.DueWorkingDays!.Value);
            if (due == assignment.DueAt)
            {
                return false;
            }
            var reopened = due > audit.At;
            var updated = await connection.ExecuteAsync(
                """
                UPDATE assignments SET due_at = @due, version = version + 1,
                    status = CASE WHEN @reopened = 1 AND status = 'deemed_agreed' THEN 'pending' ELSE status END,
                    deemed_agreed_at = CASE WHEN @reopened = 1 THEN NULL ELSE deemed_agreed_at END,
                    escalation_level = CASE WHEN @reopened = 1 THEN 0 ELSE escalation_level END,
                    reminder_sent = CASE WHEN @later = 1 THEN @no ELSE reminder_sent END
                WHERE id = @Id AND version = @Version
                """,
                new { due, assignment.Id, assignment.Version, reopened = reopened ? 1 : 0, later = due > assignment.DueAt ? 1 : 0, no = false },
                transaction);
            if (updated == 1)
            {
                await AuditLog.AppendAsync(connection, transaction, audit with
                {
                    Action = "assignment.due_recomputed",
                    Entity = "assignment",
                    EntityId = assignment.Id.ToString(),
                    Details = $"{assignment.DueAt:O} -> {due:O}: {audit.Action} {audit.EntityId}",
                });
                return true;
            }
            // An answer or an extension changed the row meanwhile: decide again on what it left.
            var fresh = await connection.QuerySingleOrDefaultAsync<Assignment>(
                $"SELECT {ConsultationQueries.AssignmentColumns} FROM assignments WHERE id = @Id AND {Open}",
                new { assignment.Id },
                transaction);
            if (fresh is null)
            {
                return false;
            }
            assignment = fresh;
        }
        throw new System.Data.DBConcurrencyException($"Assignment {assignment.Id} kept changing while its due date was recomputed.");
    }
}

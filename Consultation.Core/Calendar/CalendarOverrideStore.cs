using System.Globalization;
using Consultation.Core.Auditing;
using Consultation.Core.Data;
using Dapper;

namespace Consultation.Core.Calendar;

/// <summary>
/// The override table an administrator maintains. A change, its audit entry and the due dates it moves
/// commit together; only then is the new calendar put in force in <see cref="CurrentCalendar"/>.
/// </summary>
public sealed class CalendarOverrideStore(Db db, CurrentCalendar current)
{
    /// <summary>Every override in date order, or those of one <paramref name="year"/>.</summary>
    public async Task<IReadOnlyList<StoredCalendarOverride>> ListAsync(int? year, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return year is { } y
            ? await CalendarOverrideRows.ReadYearAsync(connection, db.Dialect, y)
            : await CalendarOverrideRows.ReadAllAsync(connection, null);
    }

    /// <summary>Sets the override of its date, replacing any earlier one.</summary>
    public async Task<CalendarChange> SetAsync(CalendarOverride entry, string actor, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        (await ChangeAsync(entry.Date, entry, actor, now, cancellationToken))!;

    /// <summary>Deletes the override of <paramref name="date"/>, which reverts to the default rules; null when there was none.</summary>
    public Task<CalendarChange?> DeleteAsync(DateOnly date, string actor, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        ChangeAsync(date, null, actor, now, cancellationToken);

    private async Task<CalendarChange?> ChangeAsync(
        DateOnly date, CalendarOverride? replacement, string actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // Writing the revision row first makes changes from any process run one after another, each
        // reading the overrides the previous one committed.
        await connection.ExecuteAsync("UPDATE calendar_revision SET revision = revision + 1 WHERE id = 1", transaction: transaction);
        var revision = await connection.ExecuteScalarAsync<long>(CalendarOverrideRows.RevisionQuery, transaction: transaction);
        var before = (await CalendarOverrideRows.ReadAllAsync(connection, transaction)).Select(o => o.Override).ToList();
        var existing = before.FirstOrDefault(o => o.Date == date);
        if (replacement is null && existing is null)
        {
            await transaction.RollbackAsync(cancellationToken);
            return null;
        }

        var parameters = CalendarOverrideRows.Day(db.Dialect, "day", date);
        if (replacement is null)
        {
            await connection.ExecuteAsync("DELETE FROM calendar_overrides WHERE day = @day", parameters, transaction);
        }
        else
        {
            parameters.AddDynamicParams(new { kind = CalendarOverrideKinds.ToCode(replacement.Kind), name = replacement.Name, now });
            await connection.ExecuteAsync(
                existing is null
                    ? "INSERT INTO calendar_overrides (day, kind, name, updated_at) VALUES (@day, @kind, @name, @now)"
                    : "UPDATE calendar_overrides SET kind = @kind, name = @name, updated_at = @now WHERE day = @day",
                parameters,
                transaction);
        }
        var audit = new AuditEntry
        {
            At = now,
            Actor = actor,
            Action = replacement is null ? "calendar.override_deleted" : "calendar.override_set",
            Entity = "calendar_override",
            EntityId = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Details = $"{Describe(existing)} -> {Describe(replacement)}",
        };
        await AuditLog.AppendAsync(connection, transaction, audit);

        var after = before.Where(o => o.Date != date).ToList();
        if (replacement is not null)
        {
            after.Add(replacement);
        }
        var calendar = new VietnamWorkingCalendar(after);
        var moved = await DueDateRecomputation.ApplyAsync(connection, transaction, new VietnamWorkingCalendar(before), calendar, date, audit);
        await transaction.CommitAsync(cancellationToken);
        current.Publish(calendar, revision);
        return new CalendarChange(replacement is null ? null : new StoredCalendarOverride(replacement, now), moved);
    }

    private static string Describe(CalendarOverride? entry) =>
        entry is null ? "(none)" : $"{CalendarOverrideKinds.ToCode(entry.Kind)}: {entry.Name}";
}

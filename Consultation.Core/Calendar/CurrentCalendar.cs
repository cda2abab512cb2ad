using System.Data.Common;
using Consultation.Core.Data;
using Dapper;
using Microsoft.Extensions.Logging;

namespace Consultation.Core.Calendar;

/// <summary>
/// The working-day calendar in force: the default holiday rules with the override table, read from
/// the database on first use and then held in memory, so computing a due date never queries.
/// A change made through <see cref="CalendarOverrideStore"/> is put in force as soon as it commits;
/// one made by another process (a second API, the Worker) within <see cref="RefreshInterval"/>.
/// </summary>
public sealed class CurrentCalendar(Db db, ILogger<CurrentCalendar> logger) : IWorkingCalendar
{
    /// <summary>How often each process reads the one-row revision to see whether another process changed the calendar.</summary>
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromMinutes(1);

    private readonly Lock _firstLoad = new();
    private Snapshot? _snapshot;
    private int _refreshing;

    /// <summary>The calendar in force, with its year summaries and overrides.</summary>
    public VietnamWorkingCalendar Calendar => Current().Calendar;

    /// <inheritdoc />
    public bool IsWorkingDay(DateOnly date) => Current().Calendar.IsWorkingDay(date);

    /// <inheritdoc />
    public DateTimeOffset DueAt(DateTimeOffset receivedAt, int workingDays) => Current().Calendar.DueAt(receivedAt, workingDays);

    /// <summary>Puts in force the calendar of <paramref name="revision"/>, unless a later revision already is.</summary>
    internal void Publish(VietnamWorkingCalendar calendar, long revision) =>
        Offer(new Snapshot(calendar, revision, Environment.TickCount64));

    private Snapshot Current()
    {
        var snapshot = Volatile.Read(ref _snapshot) ?? LoadFirst();
        if (Environment.TickCount64 - snapshot.CheckedAt > RefreshInterval.TotalMilliseconds
            && Interlocked.Exchange(ref _refreshing, 1) == 0)
        {
            _ = Task.Run(() => RefreshAsync(snapshot));
        }
        return snapshot;
    }

    // A synchronous read, once per process: IWorkingCalendar is synchronous because it sits on every
    // hot path, and only the very first computation pays for loading.
    private Snapshot LoadFirst()
    {
        lock (_firstLoad)
        {
            if (Volatile.Read(ref _snapshot) is { } loaded)
            {
                return loaded;
            }
            using var connection = db.Dialect.CreateConnection(db.ConnectionString);
            connection.Open();
            // Revision before rows: a change committed in between is then reloaded at the next refresh, never missed.
            var revision = connection.ExecuteScalar<long>(CalendarOverrideRows.RevisionQuery);
            var overrides = CalendarOverrideRows.ReadAll(connection).Select(o => o.Override);
            Offer(new Snapshot(new VietnamWorkingCalendar(overrides), revision, Environment.TickCount64));
            return Volatile.Read(ref _snapshot)!;
        }
    }

    private async Task RefreshAsync(Snapshot seen)
    {
        try
        {
            await using var connection = await db.OpenAsync();
            var revision = await connection.ExecuteScalarAsync<long>(CalendarOverrideRows.RevisionQuery);
            if (revision == seen.Revision)
            {
                Interlocked.CompareExchange(ref _snapshot, seen with { CheckedAt = Environment.TickCount64 }, seen);
                return;
            }
            var overrides = (await CalendarOverrideRows.ReadAllAsync(connection, null)).Select(o => o.Override);
            Offer(new Snapshot(new VietnamWorkingCalendar(overrides), revision, Environment.TickCount64));
            logger.LogInformation("Calendar revision {Revision} put in force (was {Previous})", revision, seen.Revision);
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or TimeoutException)
        {
            // Keep the calendar we have and try again after the next interval, not on every computation.
            Interlocked.CompareExchange(ref _snapshot, seen with { CheckedAt = Environment.TickCount64 }, seen);
            logger.LogWarning(e, "Could not check the calendar for changes; keeping revision {Revision}", seen.Revision);
        }
        finally
        {
            Volatile.Write(ref _refreshing, 0);
        }
    }

    // Revisions only move forward, so a slow reader can never put an older calendar back in force.
    private void Offer(Snapshot offered)
    {
        while (true)
        {
            var current = Volatile.Read(ref _snapshot);
            if (current is not null && current.Revision > offered.Revision)
            {
                return;
            }
            if (ReferenceEquals(Interlocked.CompareExchange(ref _snapshot, offered, current), current))
            {
                return;
            }
        }
    }

    private sealed record Snapshot(VietnamWorkingCalendar Calendar, long Revision, long CheckedAt);
}

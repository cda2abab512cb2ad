using Consultation.Core.Calendar;

namespace Consultation.Api.Calendar;

/// <summary>The override as stored, and how many open assignments had their due moment moved by it.</summary>
public sealed record CalendarOverrideSetResponse(DateOnly Date, string Kind, string Name, DateTimeOffset UpdatedAt, int RecomputedAssignments)
{
    public static CalendarOverrideSetResponse From(StoredCalendarOverride stored, int recomputed) => new(
        stored.Override.Date, CalendarOverrideKinds.ToCode(stored.Override.Kind), stored.Override.Name, stored.UpdatedAt, recomputed);
}

namespace Consultation.Core.Calendar;

/// <summary>The outcome of setting or deleting an override.</summary>
/// <param name="Override">The override as stored, or null after a deletion.</param>
/// <param name="RecomputedAssignments">Open assignments whose due moment moved because of the change.</param>
public sealed record CalendarChange(StoredCalendarOverride? Override, int RecomputedAssignments);

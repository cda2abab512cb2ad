namespace Consultation.Core.Calendar;

/// <summary>The days off one holiday rule gives in one year, in date order.</summary>
internal sealed record HolidayOccurrence(HolidayRule Rule, IReadOnlyList<DateOnly> Dates);

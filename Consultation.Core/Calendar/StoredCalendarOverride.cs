namespace Consultation.Core.Calendar;

/// <summary>A row of the override table: the override and when an administrator (or the seed) last set it.</summary>
public sealed record StoredCalendarOverride(CalendarOverride Override, DateTimeOffset UpdatedAt);

namespace Consultation.Core.Calendar;

/// <summary>A named date of a year's calendar: a day off or a worked weekend day.</summary>
public sealed record CalendarDay(DateOnly Date, string Name);

namespace Consultation.Core.Calendar;

/// <summary>What a year's calendar departs from the plain Monday–Friday week, in date order.</summary>
/// <param name="Year">The Gregorian year.</param>
/// <param name="DaysOff">Every public-holiday date (weekend ones too), compensatory days and swapped days off.</param>
/// <param name="WorkingDays">Days worked that would otherwise be off, chiefly make-up Saturdays.</param>
public sealed record CalendarYearSummary(int Year, IReadOnlyList<CalendarDay> DaysOff, IReadOnlyList<CalendarDay> WorkingDays);

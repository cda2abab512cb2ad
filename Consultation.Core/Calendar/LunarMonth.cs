namespace Consultation.Core.Calendar;

/// <summary>One month of the Vietnamese lunar calendar: 29 or 30 days starting on the day of a new moon.</summary>
public sealed record LunarMonth(int Year, int Month, bool IsLeapMonth, DateOnly FirstDay, int Length);

namespace Consultation.Core.Calendar;

/// <summary>
/// One Gregorian year resolved into working days, shaped so a deadline is two array reads:
/// how many working days precede each day, and the day number of the n-th working day.
/// </summary>
internal sealed class PlannedYear(int firstDay, int[] workingBefore, int[] workingDays, CalendarYearSummary summary)
{
    /// <summary><see cref="DateOnly.DayNumber"/> of 1 January.</summary>
    public int FirstDay { get; } = firstDay;

    public int WorkingDayCount => workingDays.Length;

    public CalendarYearSummary Summary { get; } = summary;

    /// <summary>Working days of this year strictly before day <paramref name="dayOfYear"/> (0-based; 365/366 gives the year's total).</summary>
    public int WorkingBefore(int dayOfYear) => workingBefore[dayOfYear];

    /// <summary>The <see cref="DateOnly.DayNumber"/> of this year's working day number <paramref name="index"/> (0-based).</summary>
    public int WorkingDay(int index) => workingDays[index];

    public bool IsWorking(int dayOfYear) => workingBefore[dayOfYear + 1] != workingBefore[dayOfYear];
}

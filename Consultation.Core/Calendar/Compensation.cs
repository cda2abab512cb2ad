namespace Consultation.Core.Calendar;

/// <summary>
/// Compensatory days (nghỉ bù): a holiday day on Saturday or Sunday is owed on the next day that is
/// neither a weekend, a holiday, a day already owed nor a date the official schedule decided.
/// </summary>
internal static class Compensation
{
    /// <summary>How far from a holiday a break (run of days off) is followed; no real break is longer.</summary>
    private const int MaxBreak = 31;

    public static Dictionary<DateOnly, string> DaysOwed(
        IEnumerable<HolidayOccurrence> occurrences,
        IReadOnlyDictionary<DateOnly, string> holidays,
        IReadOnlyDictionary<DateOnly, CalendarOverride> overrides)
    {
        var owed = occurrences
            .Where(o => o.Rule.CompensatedOnWeekend && !DecidedBySchedule(o, holidays, overrides))
            .SelectMany(o => o.Dates.Where(IsWeekend).Select(d => (Date: d, o.Rule.Name)))
            .DistinctBy(x => x.Date)
            .OrderBy(x => x.Date);

        var given = new Dictionary<DateOnly, string>();
        foreach (var (date, name) in owed)
        {
            var day = date.AddDays(1);
            while (IsWeekend(day) || holidays.ContainsKey(day) || given.ContainsKey(day) || overrides.ContainsKey(day))
            {
                day = day.AddDays(1);
            }
            given[day] = $"Nghỉ bù {name}";
        }
        return given;
    }

    public static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    /// <summary>
    /// When the Government's schedule touches a holiday's break, it has already decided the whole
    /// break, compensation included (e.g. Tết 2025: Monday 27/1 off, nothing owed for Saturday 1/2).
    /// Adding the default substitute day too would give a second one. "Touches" means an override
    /// inside the run of days off around the holiday, or on the working day at either end of it,
    /// which is where a substitute or swapped day would go. Make-up Saturdays weeks away do not count.
    /// </summary>
    private static bool DecidedBySchedule(
        HolidayOccurrence occurrence,
        IReadOnlyDictionary<DateOnly, string> holidays,
        IReadOnlyDictionary<DateOnly, CalendarOverride> overrides)
    {
        if (overrides.Count == 0)
        {
            return false;
        }
        bool Off(DateOnly day) => overrides.TryGetValue(day, out var o)
            ? o.Kind == CalendarOverrideKind.DayOff
            : IsWeekend(day) || holidays.ContainsKey(day);

        var first = occurrence.Dates[0];
        var last = occurrence.Dates[^1];
        for (var i = 0; i < MaxBreak && Off(first.AddDays(-1)); i++)
        {
            first = first.AddDays(-1);
        }
        for (var i = 0; i < MaxBreak && Off(last.AddDays(1)); i++)
        {
            last = last.AddDays(1);
        }
        for (var day = first.AddDays(-1); day <= last.AddDays(1); day = day.AddDays(1))
        {
            if (overrides.ContainsKey(day))
            {
                return true;
            }
        }
        return false;
    }
}

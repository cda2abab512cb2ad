namespace Consultation.Core.Calendar;

/// <summary>
/// Resolves a year: weekends, holidays from the rules, compensatory days, then the official
/// schedule's overrides, which win over everything.
/// </summary>
internal static class YearPlanner
{
    public static PlannedYear Plan(int year, IReadOnlyList<HolidayRule> rules, IReadOnlyDictionary<DateOnly, CalendarOverride> overrides)
    {
        // Neighbouring years too: a lunar holiday or a substitute day can cross 1 January.
        var occurrences = Enumerable.Range(year - 1, 3)
            .SelectMany(y => rules.Select(rule => new HolidayOccurrence(rule, rule.DatesFor(y))))
            .Where(o => o.Dates.Count > 0)
            .ToList();
        var holidays = new Dictionary<DateOnly, string>();
        foreach (var occurrence in occurrences)
        {
            foreach (var date in occurrence.Dates)
            {
                holidays.TryAdd(date, occurrence.Rule.Name);
            }
        }
        var compensatory = Compensation.DaysOwed(occurrences, holidays, overrides);

        var first = new DateOnly(year, 1, 1).DayNumber;
        var length = DateTime.IsLeapYear(year) ? 366 : 365;
        var workingBefore = new int[length + 1];
        var workingDays = new List<int>(length);
        var daysOff = new List<CalendarDay>();
        var worked = new List<CalendarDay>();
        for (var i = 0; i < length; i++)
        {
            var date = DateOnly.FromDayNumber(first + i);
            var defaultName = holidays.GetValueOrDefault(date) ?? compensatory.GetValueOrDefault(date);
            var offByDefault = defaultName is not null || Compensation.IsWeekend(date);
            bool working;
            if (overrides.TryGetValue(date, out var entry))
            {
                working = entry.Kind == CalendarOverrideKind.WorkingDay;
                if (!working)
                {
                    daysOff.Add(new CalendarDay(date, entry.Name));
                }
                else if (offByDefault)
                {
                    worked.Add(new CalendarDay(date, entry.Name));
                }
            }
            else
            {
                working = !offByDefault;
                if (defaultName is not null)
                {
                    daysOff.Add(new CalendarDay(date, defaultName));
                }
            }
            workingBefore[i + 1] = workingBefore[i] + (working ? 1 : 0);
            if (working)
            {
                workingDays.Add(first + i);
            }
        }
        return new PlannedYear(first, workingBefore, [.. workingDays], new CalendarYearSummary(year, daysOff.AsReadOnly(), worked.AsReadOnly()));
    }
}

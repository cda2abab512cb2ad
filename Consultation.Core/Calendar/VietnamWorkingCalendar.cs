namespace Consultation.Core.Calendar;

/// <summary>
/// The working days of Vietnamese state agencies: Monday to Friday, minus public holidays and
/// compensatory days, adjusted by the Government's yearly schedules (swapped days off, make-up
/// Saturdays). Immutable: when overrides change, build a new instance with <see cref="WithOverrides"/>;
/// years are resolved lazily, once, and shared by all threads.
/// </summary>
public sealed class VietnamWorkingCalendar : IWorkingCalendar
{
    /// <summary>The first year whose working days can be computed.</summary>
    public const int MinYear = LunarCalendar.MinYear + 1;

    /// <summary>The last year whose working days can be computed.</summary>
    public const int MaxYear = LunarCalendar.MaxYear - 1;

    private static readonly long OffsetTicks = VietnamTime.Offset.Ticks;

    private readonly IReadOnlyList<HolidayRule> _rules;
    private readonly Dictionary<DateOnly, CalendarOverride> _overrides;
    private readonly PlannedYear?[] _years = new PlannedYear?[MaxYear - MinYear + 1];

    /// <summary>A calendar from holiday <paramref name="rules"/> and the official schedules' <paramref name="overrides"/>; for a date listed twice, the later entry wins.</summary>
    public VietnamWorkingCalendar(IEnumerable<HolidayRule> rules, IEnumerable<CalendarOverride> overrides)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(overrides);
        _rules = [.. rules];
        _overrides = [];
        foreach (var entry in overrides)
        {
            _overrides[entry.Date] = entry;
        }
    }

    /// <summary>The default holidays (<see cref="HolidayRules.Default"/>) with the given overrides.</summary>
    public VietnamWorkingCalendar(IEnumerable<CalendarOverride> overrides)
        : this(HolidayRules.Default, overrides)
    {
    }

    /// <summary>The default holidays and the seeded official schedules (<see cref="OfficialSchedules.Seed"/>).</summary>
    public static VietnamWorkingCalendar Default { get; } = new(OfficialSchedules.Seed);

    /// <summary>The overrides in force, by date.</summary>
    public IReadOnlyDictionary<DateOnly, CalendarOverride> Overrides => _overrides;

    /// <summary>A new calendar with the same rules and these overrides (the old one's cache is left behind).</summary>
    public VietnamWorkingCalendar WithOverrides(IEnumerable<CalendarOverride> overrides) => new(_rules, overrides);

    /// <inheritdoc />
    public bool IsWorkingDay(DateOnly date)
    {
        var year = Year(date.Year);
        return year.IsWorking(date.DayNumber - year.FirstDay);
    }

    /// <inheritdoc />
    /// <remarks>Counts from the day after receipt (Vietnam date); the result is 00:00 Vietnam time after the last working day, expressed in UTC.</remarks>
    public DateTimeOffset DueAt(DateTimeOffset receivedAt, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(workingDays);
        var receivedDay = (int)((receivedAt.UtcTicks + OffsetTicks) / TimeSpan.TicksPerDay);
        var gregorianYear = DateOnly.FromDayNumber(receivedDay).Year;
        var year = Year(gregorianYear);

        // Index, in this year's list of working days, of the one that ends the period.
        var index = year.WorkingBefore(receivedDay - year.FirstDay + 1) + workingDays - 1;
        while (index >= year.WorkingDayCount)
        {
            index -= year.WorkingDayCount;
            year = Year(++gregorianYear);
        }
        var dueDay = year.WorkingDay(index);
        return new DateTimeOffset(((dueDay + 1) * TimeSpan.TicksPerDay) - OffsetTicks, TimeSpan.Zero);
    }

    /// <summary>The year's days off and worked weekend days, with Vietnamese names, for <c>GET /api/v1/calendar/{year}</c>.</summary>
    public CalendarYearSummary YearSummary(int year) => Year(year).Summary;

    private PlannedYear Year(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, MinYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, MaxYear);
        ref var slot = ref _years[year - MinYear];
        var planned = Volatile.Read(ref slot);
        if (planned is not null)
        {
            return planned;
        }
        // Planning is pure, so a thread that loses the race just drops its copy.
        planned = YearPlanner.Plan(year, _rules, _overrides);
        return Interlocked.CompareExchange(ref slot, planned, null) ?? planned;
    }
}

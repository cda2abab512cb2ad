namespace Consultation.Core.Calendar;

/// <summary>The codes of <see cref="CalendarOverrideKind"/> in the database and the API (lower snake case).</summary>
public static class CalendarOverrideKinds
{
    public const string DayOff = "day_off";
    public const string WorkingDay = "working_day";

    public static readonly IReadOnlyList<string> All = [DayOff, WorkingDay];

    public static string ToCode(CalendarOverrideKind kind) => kind == CalendarOverrideKind.DayOff ? DayOff : WorkingDay;

    /// <summary>The kind named by <paramref name="code"/>, or null when it names none.</summary>
    public static CalendarOverrideKind? Parse(string? code) => code switch
    {
        DayOff => CalendarOverrideKind.DayOff,
        WorkingDay => CalendarOverrideKind.WorkingDay,
        _ => null,
    };
}

namespace Consultation.Core.Calendar;

/// <summary>
/// A public holiday (ngày nghỉ lễ, tết) as the law defines it: an anchor date in the solar or lunar
/// calendar and a run of <paramref name="Days"/> days starting <paramref name="FirstOffset"/> days
/// from the anchor. Tết Nguyên đán is lunar 1/1 with offset −1 and 5 days: the last day of the old
/// year and the first four of the new one.
/// </summary>
/// <param name="Name">Vietnamese name, shown to users.</param>
/// <param name="Calendar">Whether <paramref name="Month"/>/<paramref name="Day"/> are solar or lunar.</param>
/// <param name="Month">Anchor month (lunar months are never leap months).</param>
/// <param name="Day">Anchor day.</param>
/// <param name="FirstOffset">Days from the anchor to the first day off.</param>
/// <param name="Days">Number of consecutive days off.</param>
/// <param name="ValidFrom">First date on which the holiday is granted (a law's effective date), if any.</param>
/// <param name="ValidUntil">Last date on which it is granted, if the law was repealed.</param>
/// <param name="CompensatedOnWeekend">Whether a day of it falling on Saturday or Sunday gives a compensatory day off (nghỉ bù, BLLĐ 2019 Điều 111 khoản 3).</param>
public sealed record HolidayRule(
    string Name,
    HolidayCalendar Calendar,
    int Month,
    int Day,
    int FirstOffset = 0,
    int Days = 1,
    DateOnly? ValidFrom = null,
    DateOnly? ValidUntil = null,
    bool CompensatedOnWeekend = true)
{
    /// <summary>
    /// The days off this holiday gives for its anchor in (solar or lunar) <paramref name="year"/>,
    /// leaving out days outside its validity; empty when the anchor date does not exist that year.
    /// </summary>
    public IReadOnlyList<DateOnly> DatesFor(int year)
    {
        var anchor = Calendar == HolidayCalendar.Lunar
            ? LunarCalendar.ToSolar(new LunarDate(year, Month, Day))
            : Day <= DateTime.DaysInMonth(year, Month) ? new DateOnly(year, Month, Day) : null;
        if (anchor is not { } first)
        {
            return [];
        }
        var dates = new List<DateOnly>(Days);
        for (var i = 0; i < Days; i++)
        {
            var date = first.AddDays(FirstOffset + i);
            if (date >= (ValidFrom ?? DateOnly.MinValue) && date <= (ValidUntil ?? DateOnly.MaxValue))
            {
                dates.Add(date);
            }
        }
        return dates;
    }

    /// <summary>Why this rule cannot be used, or null when it is well formed.</summary>
    public string? Problem() => this switch
    {
        _ when string.IsNullOrWhiteSpace(Name) => "a holiday needs a name",
        _ when Month is < 1 or > 12 => $"{Name}: month {Month} is not 1–12",
        _ when Day < 1 || Day > (Calendar == HolidayCalendar.Lunar ? 30 : DateTime.DaysInMonth(2000, Month)) => $"{Name}: day {Day} does not exist in month {Month}",
        _ when Days is < 1 or > 31 => $"{Name}: {Days} days off is not 1–31",
        _ when FirstOffset is < -31 or > 31 => $"{Name}: offset {FirstOffset} is more than a month",
        _ => null,
    };
}

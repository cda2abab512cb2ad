namespace Consultation.Core.Calendar;

/// <summary>
/// The Vietnamese lunar calendar, computed astronomically for the meridian 105°E (UTC+7), as in
/// Hồ Ngọc Đức's description of the rules. China reckons at UTC+8, so
/// <see cref="System.Globalization.ChineseLunisolarCalendar"/> gives a different Tết or Hùng Kings
/// day in some years (e.g. Tết 1985, 2007, 2030, 2053) and is deliberately not used.
/// Supported for lunar years 1800–2199; checked against published dates for 1900–2100. Full
/// Meeus series are used because a few new moons fall within two minutes of midnight (e.g.
/// 20/6/1944, 7/7/1967, 9/12/2072, 15/11/2077), where the simplified series put the month a day later.
/// </summary>
public static class LunarCalendar
{
    /// <summary>The earliest lunar year supported.</summary>
    public const int MinYear = 1800;

    /// <summary>The latest lunar year supported.</summary>
    public const int MaxYear = 2199;

    /// <summary>Vietnam's legal time since 1975 (the North since 1967), applied to every year alike.</summary>
    private static readonly TimeSpan Meridian = VietnamTime.Offset;

    /// <summary>Tết Nguyên đán: the first day of lunar <paramref name="year"/>.</summary>
    public static DateOnly NewYear(int year) => ToSolar(new LunarDate(year, 1, 1))!.Value;

    /// <summary>Giỗ Tổ Hùng Vương: the 10th day of the 3rd lunar month of <paramref name="year"/>.</summary>
    public static DateOnly HungKingsDay(int year) => ToSolar(new LunarDate(year, 3, 10))!.Value;

    /// <summary>The number of the leap month in lunar <paramref name="year"/> (the month it repeats), or null in a 12-month year.</summary>
    public static int? LeapMonth(int year) => MonthsOf(year).FirstOrDefault(m => m.IsLeapMonth)?.Month;

    /// <summary>The solar date of <paramref name="date"/>, or null when that lunar date does not exist (a leap month the year lacks, or day 30 of a 29-day month).</summary>
    public static DateOnly? ToSolar(LunarDate date)
    {
        var month = MonthsOf(date.Year).FirstOrDefault(m => m.Month == date.Month && m.IsLeapMonth == date.IsLeapMonth);
        return month is null || date.Day < 1 || date.Day > month.Length ? null : month.FirstDay.AddDays(date.Day - 1);
    }

    /// <summary>The lunar date of the solar <paramref name="date"/>.</summary>
    public static LunarDate FromSolar(DateOnly date)
    {
        CheckYear(date.Year);
        var day = date.DayNumber;
        var sui = LunisolarYear.Ending(date.Year, Meridian.TotalHours);
        if (day >= sui.StartOf(sui.Count))
        {
            sui = LunisolarYear.Ending(date.Year + 1, Meridian.TotalHours);
        }
        var index = sui.Count - 1;
        while (sui.StartOf(index) > day)
        {
            index--;
        }
        var (year, month, isLeap) = sui.Label(index);
        return new LunarDate(year, month, day - sui.StartOf(index) + 1, isLeap);
    }

    /// <summary>The 12 or 13 months of lunar <paramref name="year"/>, in order, leap month included.</summary>
    public static IReadOnlyList<LunarMonth> MonthsOf(int year) => MonthsOf(year, Meridian);

    /// <summary>
    /// The months of a lunisolar year reckoned at another meridian. UTC+8 gives the Chinese
    /// calendar since 1929, which makes it an independent check of the astronomy.
    /// </summary>
    public static IReadOnlyList<LunarMonth> MonthsOf(int year, TimeSpan utcOffset)
    {
        CheckYear(year);
        var utcOffsetHours = utcOffset.TotalHours;
        // Months 1–10 lie in the sui ending with this year's solstice, months 11–12 in the next one.
        var months = new List<LunarMonth>(13);
        foreach (var sui in new[] { LunisolarYear.Ending(year, utcOffsetHours), LunisolarYear.Ending(year + 1, utcOffsetHours) })
        {
            for (var i = 0; i < sui.Count; i++)
            {
                var (labelYear, month, isLeap) = sui.Label(i);
                if (labelYear == year)
                {
                    var first = sui.StartOf(i);
                    months.Add(new LunarMonth(year, month, isLeap, DateOnly.FromDayNumber(first), sui.StartOf(i + 1) - first));
                }
            }
        }
        return months;
    }

    private static void CheckYear(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, MinYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, MaxYear);
    }
}

namespace Consultation.Core.Calendar;

/// <summary>
/// The months of one <i>suì</i>: from the month containing one winter solstice (month 11) up to,
/// not including, the month containing the next. A suì of 13 months holds a leap month, the
/// first one after month 11 in which the Sun enters no new 30° sign (no major solar term).
/// Everything is reckoned in civil days at a fixed meridian: UTC+7 for Vietnam.
/// </summary>
internal sealed class LunisolarYear
{
    private readonly int[] _starts;

    private LunisolarYear(int[] starts, int leapIndex, int solsticeYear)
    {
        _starts = starts;
        LeapIndex = leapIndex;
        SolsticeYear = solsticeYear;
    }

    /// <summary>Gregorian year of the solstice that ends this suì; its months 1–10 belong to that lunar year.</summary>
    public int SolsticeYear { get; }

    /// <summary>Number of months, 12 or 13.</summary>
    public int Count => _starts.Length - 1;

    /// <summary>Position (1–12) of the leap month, or −1 in a 12-month suì.</summary>
    public int LeapIndex { get; }

    /// <summary>First day (as <see cref="DateOnly.DayNumber"/>) of month <paramref name="index"/>; index <see cref="Count"/> is the next month 11.</summary>
    public int StartOf(int index) => _starts[index];

    /// <summary>The lunar year, month number and leap flag of the month at <paramref name="index"/>.</summary>
    public (int Year, int Month, bool IsLeap) Label(int index)
    {
        // Index 0 is month 11 of the previous lunar year; numbering advances except at the leap month.
        var month = 11;
        for (var i = 1; i <= index; i++)
        {
            if (i != LeapIndex)
            {
                month = (month % 12) + 1;
            }
        }
        var stillPreviousYear = month >= 11 && index <= 2;
        return (stillPreviousYear ? SolsticeYear - 1 : SolsticeYear, month, index == LeapIndex);
    }

    /// <summary>The suì that ends with the winter solstice of Gregorian <paramref name="solsticeYear"/>.</summary>
    public static LunisolarYear Ending(int solsticeYear, double utcOffsetHours)
    {
        var first = Month11Lunation(solsticeYear - 1, utcOffsetHours);
        var next = Month11Lunation(solsticeYear, utcOffsetHours);
        var starts = new int[next - first + 1];
        for (var i = 0; i < starts.Length; i++)
        {
            starts[i] = NewMoonDay(first + i, utcOffsetHours);
        }

        var leapIndex = -1;
        if (starts.Length == 14)
        {
            for (var i = 1; i < 13 && leapIndex < 0; i++)
            {
                if (MajorTermAtStartOf(starts[i], utcOffsetHours) == MajorTermAtStartOf(starts[i + 1], utcOffsetHours))
                {
                    leapIndex = i;
                }
            }
        }
        return new LunisolarYear(starts, leapIndex, solsticeYear);
    }

    /// <summary>The lunation (Meeus k) that starts month 11, the month whose days include the December solstice.</summary>
    private static int Month11Lunation(int year, double utcOffsetHours)
    {
        var solsticeDay = SolsticeDay(year, utcOffsetHours);
        var k = (int)Math.Round((solsticeDay + Astronomy.JulianDayOfDayNumberZero - Astronomy.FirstNewMoonOf2000) / Astronomy.SynodicMonth);
        while (NewMoonDay(k, utcOffsetHours) > solsticeDay)
        {
            k--;
        }
        while (NewMoonDay(k + 1, utcOffsetHours) <= solsticeDay)
        {
            k++;
        }
        return k;
    }

    /// <summary>The civil day during which the Sun reaches 270°; it falls between 20 and 23 December.</summary>
    private static int SolsticeDay(int year, double utcOffsetHours)
    {
        var day = new DateOnly(year, 12, 18).DayNumber;
        while (SunLongitudeAtStartOf(day + 1, utcOffsetHours) < 270)
        {
            day++;
        }
        return day;
    }

    private static int NewMoonDay(int k, double utcOffsetHours) =>
        (int)Math.Floor(Astronomy.NewMoon(k) + (utcOffsetHours / 24) - Astronomy.JulianDayOfDayNumberZero);

    private static double SunLongitudeAtStartOf(int dayNumber, double utcOffsetHours) =>
        Astronomy.SunLongitude(dayNumber + Astronomy.JulianDayOfDayNumberZero - (utcOffsetHours / 24));

    /// <summary>Which 30° sign the Sun is in at local midnight: equal values at the starts of two consecutive months mean the first has no major term.</summary>
    private static int MajorTermAtStartOf(int dayNumber, double utcOffsetHours) =>
        (int)(SunLongitudeAtStartOf(dayNumber, utcOffsetHours) / 30);
}

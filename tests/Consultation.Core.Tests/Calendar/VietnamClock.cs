using System.Globalization;

namespace Consultation.Core.Tests.Calendar;

/// <summary>Instants written as a clock on a wall in Hà Nội reads them, so expectations stay legible.</summary>
internal static class VietnamClock
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateTimeOffset At(int year, int month, int day, int hour = 9, int minute = 0) =>
        new(year, month, day, hour, minute, 0, Offset);

    /// <summary>24:00 at the end of the given day, which is how a period of days ends.</summary>
    public static DateTimeOffset EndOf(int year, int month, int day) =>
        new DateTimeOffset(year, month, day, 0, 0, 0, Offset).AddDays(1);

    public static DateOnly Date(string isoDate) => DateOnly.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}

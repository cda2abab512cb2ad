namespace Consultation.Core.Calendar;

/// <summary>Conversions between UTC instants and civil dates in Vietnam (UTC+7, no daylight saving).</summary>
public static class VietnamTime
{
    /// <summary>Vietnam has kept UTC+7 without daylight saving since 1975; a fixed offset avoids depending on the host's tz database.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    /// <summary>The instant 00:00 of <paramref name="date"/> in Vietnam, i.e. 24:00 of the day before.</summary>
    public static DateTimeOffset StartOf(DateOnly date) =>
        new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), Offset).ToUniversalTime();
}

using Consultation.Core.Calendar;

namespace Consultation.Api.Calendar;

/// <summary>A year's days off (public holidays, weekend ones included, compensatory and swapped days) and worked weekend days.</summary>
public sealed record CalendarYearResponse(int Year, IReadOnlyList<CalendarDayResponse> DaysOff, IReadOnlyList<CalendarDayResponse> WorkingDays)
{
    public static CalendarYearResponse From(CalendarYearSummary summary) => new(
        summary.Year,
        summary.DaysOff.Select(CalendarDayResponse.From).ToArray(),
        summary.WorkingDays.Select(CalendarDayResponse.From).ToArray());
}

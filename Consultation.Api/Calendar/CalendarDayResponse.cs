using Consultation.Core.Calendar;

namespace Consultation.Api.Calendar;

public sealed record CalendarDayResponse(DateOnly Date, string Name)
{
    public static CalendarDayResponse From(CalendarDay day) => new(day.Date, day.Name);
}

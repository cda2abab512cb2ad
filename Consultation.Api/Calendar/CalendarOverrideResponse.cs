using Consultation.Core.Calendar;

namespace Consultation.Api.Calendar;

public sealed record CalendarOverrideResponse(DateOnly Date, string Kind, string Name, DateTimeOffset UpdatedAt)
{
    public static CalendarOverrideResponse From(StoredCalendarOverride stored) => new(
        stored.Override.Date, CalendarOverrideKinds.ToCode(stored.Override.Kind), stored.Override.Name, stored.UpdatedAt);
}

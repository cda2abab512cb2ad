namespace Consultation.Api.Calendar;

/// <summary>The body of <c>PUT /api/v1/calendar/overrides/{date}</c>: <c>day_off</c> or <c>working_day</c>, and a Vietnamese name.</summary>
public sealed record CalendarOverrideRequest(string? Kind, string? Name);

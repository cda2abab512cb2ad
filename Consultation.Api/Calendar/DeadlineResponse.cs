namespace Consultation.Api.Calendar;

/// <summary>The due moment a request received at <paramref name="From"/> gets with <paramref name="WorkingDays"/> working days.</summary>
public sealed record DeadlineResponse(DateTimeOffset From, int WorkingDays, DateTimeOffset DueAt);

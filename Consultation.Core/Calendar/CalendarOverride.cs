namespace Consultation.Core.Calendar;

/// <summary>One date of a year's official holiday schedule, which wins over every default rule.</summary>
/// <param name="Date">The civil date in Vietnam.</param>
/// <param name="Kind">Whether that date is off or worked.</param>
/// <param name="Name">Vietnamese description, shown to users.</param>
public sealed record CalendarOverride(DateOnly Date, CalendarOverrideKind Kind, string Name);

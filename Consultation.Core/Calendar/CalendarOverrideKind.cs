namespace Consultation.Core.Calendar;

/// <summary>What an entry of a year's official schedule makes of a date.</summary>
public enum CalendarOverrideKind
{
    /// <summary>Agencies do not work: a swapped day (nghỉ hoán đổi), a substitute day (nghỉ bù) or an extra Tết day.</summary>
    DayOff,

    /// <summary>Agencies work, even on a Saturday (làm bù) or a default holiday the schedule moved.</summary>
    WorkingDay,
}

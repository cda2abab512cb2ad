namespace Consultation.Core.Calendar;

/// <summary>Which calendar a holiday's date is fixed in.</summary>
public enum HolidayCalendar
{
    /// <summary>Dương lịch: the Gregorian calendar.</summary>
    Solar,

    /// <summary>Âm lịch: the Vietnamese lunar calendar.</summary>
    Lunar,
}

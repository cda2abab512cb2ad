using System.Globalization;
using Consultation.Api.Problems;
using Consultation.Core.Calendar;

namespace Consultation.Api.Calendar;

/// <summary>Reads the calendar's years and dates, which must lie where the lunar calendar is computed.</summary>
public static class CalendarInput
{
    public static bool CheckYear(int year, string field, FieldErrors errors)
    {
        if (year is < VietnamWorkingCalendar.MinYear or > VietnamWorkingCalendar.MaxYear)
        {
            errors.Add(field, "year_range", VietnamWorkingCalendar.MinYear, VietnamWorkingCalendar.MaxYear);
            return false;
        }
        return true;
    }

    /// <summary>
    /// Whether a deadline can be counted from <paramref name="instant"/>: its Vietnam date lies in the
    /// calendar, with one year of margin at the top because the period may run into the next year.
    /// Compared as instants, because the Vietnam date of a moment late on 31/12/9999 UTC does not exist.
    /// </summary>
    public static bool IsReceivable(DateTimeOffset instant) =>
        instant >= VietnamTime.StartOf(new DateOnly(VietnamWorkingCalendar.MinYear, 1, 1))
        && instant < VietnamTime.StartOf(new DateOnly(VietnamWorkingCalendar.MaxYear, 1, 1));

    /// <summary>A civil date written <c>yyyy-MM-dd</c>, as everywhere else in the API.</summary>
    public static DateOnly? Date(string? text, string field, FieldErrors errors)
    {
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors.Add(field, "invalid_date");
            return null;
        }
        return CheckYear(date.Year, field, errors) ? date : null;
    }
}

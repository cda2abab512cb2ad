using System.Globalization;

namespace Consultation.Core.Calendar;

/// <summary>Dates and deadlines written as a Vietnamese official writes them, in Vietnam's time.</summary>
public static class VietnameseDates
{
    private static readonly string[] Weekdays = ["Chủ nhật", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy"];

    /// <summary>
    /// A deadline: "17 giờ 00, thứ Sáu, ngày 04/12/2026", or the date alone, "ngày 04/12/2026",
    /// when it ends with the day (24:00, stored as 00:00 of the next day).
    /// </summary>
    public static string Deadline(DateTimeOffset dueAt)
    {
        var local = dueAt.ToOffset(VietnamTime.Offset);
        if (local.TimeOfDay == TimeSpan.Zero)
        {
            return "ngày " + ShortDate(DateOnly.FromDateTime(local.DateTime).AddDays(-1));
        }
        var date = DateOnly.FromDateTime(local.DateTime);
        return string.Create(CultureInfo.InvariantCulture, $"{local.Hour:00} giờ {local.Minute:00}, {Weekday(date)}, ngày {ShortDate(date)}");
    }

    /// <summary>"thứ Hai" … "thứ Bảy", "Chủ nhật".</summary>
    public static string Weekday(DateOnly date) => Weekdays[(int)date.DayOfWeek];

    /// <summary>"05/12/2026".</summary>
    public static string ShortDate(DateOnly date) => date.ToString("dd'/'MM'/'yyyy", CultureInfo.InvariantCulture);

    /// <summary>
    /// The date line of an administrative document (Decree 30/2020/NĐ-CP, Appendix I): days below 10
    /// and the months January and February take a leading zero, "ngày 05 tháng 02 năm 2026", "ngày 15 tháng 3 năm 2026".
    /// </summary>
    public static string FormalDate(DateOnly date)
    {
        var month = date.Month <= 2 ? date.Month.ToString("00", CultureInfo.InvariantCulture) : date.Month.ToString(CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"ngày {date.Day:00} tháng {month} năm {date.Year}");
    }
}

using Consultation.Api.Calendar;
using Consultation.Api.Problems;
using Consultation.Core.Reports;

namespace Consultation.Api.Reports;

/// <summary>Reads a report's period: two civil dates, in order, no longer than the setting allows.</summary>
public static class ReportInput
{
    public static readonly string[] Formats = ["json", "docx", "xlsx"];

    public static ReportPeriod? Period(string? from, string? to, int maxDays, FieldErrors errors)
    {
        var start = Date(from, "from", errors);
        var end = Date(to, "to", errors);
        if (start is null || end is null)
        {
            return null;
        }
        if (end < start)
        {
            errors.Add("to", "period_order");
            return null;
        }
        var period = new ReportPeriod(start.Value, end.Value);
        if (period.Days > maxDays)
        {
            errors.Add("to", "period_too_long", maxDays);
            return null;
        }
        return period;
    }

    private static DateOnly? Date(string? text, string field, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(field, "required");
            return null;
        }
        return CalendarInput.Date(text, field, errors);
    }
}

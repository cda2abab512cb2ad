using Consultation.Core.Calendar;
using Consultation.Core.Consultations;
using static Consultation.Api.Portal.PortalHtml;

namespace Consultation.Api.Portal;

/// <summary>How a deadline reads on a page: the moment, and the working days left or overdue, in words.</summary>
public static class PortalDeadline
{
    public static string Describe(Assignment a, DateTimeOffset now, IWorkingCalendar calendar, PortalText t)
    {
        var due = $"{E(t.T("Hạn trả lời", "Due"))}: {E(Due(a.DueAt, t))}";
        if (!a.AwaitsAnswer)
        {
            return due;
        }
        // Counted as the emails and the reports count them, so a page never says more than a report.
        if (now > a.DueAt)
        {
            var late = WorkingDays.Overdue(calendar, a.DueAt, now);
            var overdue = late == 0
                ? t.T("đã quá hạn", "overdue")
                : t.T($"quá hạn {late} ngày làm việc", $"overdue by {late} working day{(late == 1 ? "" : "s")}");
            return $"""{due} — <span class="bad">{E(overdue)}</span>""";
        }
        var left = WorkingDays.Left(calendar, a.DueAt, now);
        var words = left == 0
            ? t.T("hôm nay là ngày cuối", "today is the last day")
            : t.T($"còn {left} ngày làm việc", $"{left} working day{(left == 1 ? "" : "s")} left");
        return $"""{due} — <span class="{(left <= 1 ? "warn" : "ok")}">{E(words)}</span>""";
    }

    /// <summary>
    /// A deadline ends at 24:00 of its last working day, stored as the next midnight; it reads as the end of
    /// that day, not as 00:00 of a day the agency does not have.
    /// </summary>
    public static string Due(DateTimeOffset dueAt, PortalText t)
    {
        var local = dueAt.ToOffset(VietnamTime.Offset);
        if (local.TimeOfDay != TimeSpan.Zero)
        {
            return Time(dueAt, t);
        }
        var day = local.AddDays(-1).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        return t.T($"hết ngày {day}", $"end of {day}");
    }
}

using System.Globalization;
using System.Text;
using Consultation.Api.Reports;
using Consultation.Core.Calendar;
using Consultation.Core.Operations;
using Consultation.Core.Reports;
using static Consultation.Api.Portal.PortalHtml;

namespace Consultation.Api.Portal;

/// <summary>Where the supervisor looks first: the lowest on-time rates, and the requests longest overdue.</summary>
public static class PortalWorstCases
{
    public static string LowestRates(IReadOnlyList<AgencyTrend> trends, int take, PortalText t)
    {
        // Only those that missed a deadline: a full list of the province's best is the table's work.
        var lowest = trends.Where(a => a.OnTimeRate < 1)
            .OrderBy(a => a.OnTimeRate).ThenBy(a => a.Code, StringComparer.Ordinal)
            .Take(take).ToList();
        var title = $"""<h3 id="lowest">{E(t.T("Tỷ lệ trả lời đúng hạn thấp nhất (sáu tháng)", "Lowest on-time rates (six months)"))}</h3>""";
        if (lowest.Count == 0)
        {
            return title + $"<p>{E(t.T("Không có cơ quan nào trả lời trễ hoặc để quá hạn.", "No agency answered late or let a request go overdue."))}</p>";
        }
        var html = new StringBuilder(title).Append("<ol>");
        foreach (var a in lowest)
        {
            var due = a.Months.Sum(m => m.OnTime + m.Late + m.Overdue + m.DeemedAgreed);
            var onTime = a.Months.Sum(m => m.OnTime);
            var cls = a.OnTimeRate is { } rate ? OnTimeBands.Of(rate) switch { OnTimeBand.Poor => "bad", OnTimeBand.Fair => "warn", _ => "ok" } : "ok";
            html.Append(CultureInfo.InvariantCulture, $"""
                <li>{E(a.Name)} ({E(a.Code)}): <span class="{cls}">{E(PortalWords.Rate(a.OnTimeRate, t))}</span>
                <span class="meta">{E(t.T($"đúng hạn {onTime}/{due} yêu cầu đã đến hạn", $"{onTime} of {due} due requests on time"))}</span></li>
                """);
        }
        return html.Append("</ol>").ToString();
    }

    public static string Overdue(IReadOnlyList<OverdueAssignment> overdue, DateTimeOffset now, IWorkingCalendar calendar, PortalText t)
    {
        var title = $"""<h3 id="overdue">{E(t.T("Quá hạn lâu nhất, chưa trả lời", "Longest overdue, still unanswered"))}</h3>""";
        if (overdue.Count == 0)
        {
            return title + $"<p>{E(t.T("Không có yêu cầu nào quá hạn.", "No request is overdue."))}</p>";
        }
        var html = new StringBuilder(title).Append("""<ul class="list">""");
        foreach (var o in overdue)
        {
            var days = WorkingDays.Overdue(calendar, o.DueAt, now);
            var late = days == 0
                ? t.T("đã quá hạn", "overdue")
                : t.T($"quá hạn {days} ngày làm việc", $"overdue by {days} working day{(days == 1 ? "" : "s")}");
            html.Append(CultureInfo.InvariantCulture, $"""
                <li class="card"><h4><a href="/portal/consultations/{o.ConsultationId}">{E(o.DocumentNumber)} — {E(o.Title)}</a></h4>
                <p class="meta">{E(t.T("Chờ ý kiến của", "Waiting on"))}: <b>{E(o.AgencyName)} ({E(o.AgencyCode)})</b> · {E(t.T("Đơn vị chủ trì", "Lead agency"))}: {E(o.LeadAgencyCode)}</p>
                <p>{E(t.T("Hạn trả lời", "Due"))}: {E(ReportText.Due(o.DueAt))} — <span class="bad">{E(late)}</span></p></li>
                """);
        }
        return html.Append("</ul>").ToString();
    }
}

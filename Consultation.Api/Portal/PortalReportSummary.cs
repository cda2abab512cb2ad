using System.Globalization;
using System.Text;
using Consultation.Core.Reports;
using static Consultation.Api.Portal.PortalHtml;

namespace Consultation.Api.Portal;

/// <summary>The report read on the page: the same figures as its Word and Excel files, each column explained.</summary>
public static class PortalReportSummary
{
    public static string Html(NonCooperationReport report, PortalText t)
    {
        var whose = report.ProvinceWide
            ? t.T("Các văn bản lấy ý kiến trên toàn tỉnh", "Consultations across the province")
            : t.T($"Các văn bản do {report.LeadName ?? report.Lead} chủ trì lấy ý kiến", $"Consultations led by {report.LeadName ?? report.Lead}");
        return $"""
            <h2 id="summary">{E(t.T("Kết quả phối hợp kỳ", "Cooperation in"))} {E(Day(report.From))}–{E(Day(report.To))}</h2>
            <p>{E(whose)}.</p>
            <p class="meta">{E(t.T(
                $"{report.Consultations} văn bản lấy ý kiến, {report.Agencies.Count} cơ quan được lấy ý kiến; số liệu tính đến {Time(report.AsOf, t)}.",
                $"{report.Consultations} consultations, {report.Agencies.Count} consulted agencies; figures as of {Time(report.AsOf, t)}."))}</p>
            {Table(report, t)}
            {Glossary(t)}
            {PortalReportIncidents.Html(report, t)}
            <h2 id="proposal">{E(t.T("Đề xuất xử lý", "Proposed for action"))}</h2>
            {Names(report, report.Proposed, t.T("Không có cơ quan, đơn vị nào.", "None."))}
            {(t.English ? """<p class="hint">The proposal as the report words it, in Vietnamese:</p>""" : "")}
            <p class="quote" lang="vi">{E(report.Proposal)}</p>
            <h2 id="commendation">{E(t.T("Đề nghị biểu dương", "Proposed for commendation"))}</h2>
            {Names(report, report.Commendations, t.T("Chưa có cơ quan, đơn vị đủ điều kiện.", "No agency qualifies yet."))}
            """;
    }

    private static string Table(NonCooperationReport report, PortalText t)
    {
        if (report.Agencies.Count == 0)
        {
            return $"<p>{E(t.T("Trong kỳ không có yêu cầu lấy ý kiến nào đến hạn.", "No request came due in the period."))}</p>";
        }
        var label = t.T("Bảng số liệu phối hợp theo cơ quan", "Figures by agency");
        var html = new StringBuilder($"""
            <div class="scroll" tabindex="0" role="region" aria-label="{E(label)}"><table>
            <caption>{E(label)}</caption>
            <thead><tr><th scope="col">{E(t.T("Cơ quan, đơn vị", "Agency"))}</th>{Headings(t)}</tr></thead><tbody>
            """);
        foreach (var a in report.Agencies)
        {
            html.Append(Row($"{E(a.Name)} ({E(a.Code)})", a.Assigned, a.OnTime, a.Late, a.Overdue, a.InTerm, a.DeemedAgreed, a.ConfirmedVague, a.Extensions, a.OnTimeRate, t));
        }
        var all = report.Agencies;
        var (onTime, late, overdue, deemed) = (all.Sum(a => a.OnTime), all.Sum(a => a.Late), all.Sum(a => a.Overdue), all.Sum(a => a.DeemedAgreed));
        html.Append("</tbody><tfoot>").Append(Row(E(t.T("Tổng cộng", "Total")), all.Sum(a => a.Assigned), onTime, late, overdue, all.Sum(a => a.InTerm),
            deemed, all.Sum(a => a.ConfirmedVague), all.Sum(a => a.Extensions), AgencyCooperation.RateOf(onTime, late, overdue, deemed), t));
        return html.Append("</tfoot></table></div>").ToString();
    }

    private static string Headings(PortalText t) => string.Concat(Columns(t).Select(c => $"""<th scope="col">{E(c.Name)}</th>"""));

    private static string Row(string name, int assigned, int onTime, int late, int overdue, int inTerm, int deemed, int vague, int extensions, double? rate, PortalText t) =>
        string.Create(CultureInfo.InvariantCulture,
            $"""<tr><th scope="row">{name}</th><td>{assigned}</td><td>{onTime}</td><td>{late}</td><td>{overdue}</td><td>{inTerm}</td><td>{deemed}</td><td>{vague}</td><td>{extensions}</td><td>{E(PortalWords.Rate(rate, t))}</td></tr>""");

    private static string Glossary(PortalText t) => $"""
        <details><summary>{E(t.T("Cách hiểu các cột", "What the columns mean"))}</summary><dl class="glossary">
        {string.Concat(Columns(t).Select(c => $"<dt>{E(c.Name)}</dt><dd>{E(c.Meaning)}</dd>"))}
        </dl></details>
        """;

    private static (string Name, string Meaning)[] Columns(PortalText t) =>
    [
        (t.T("Được lấy ý kiến", "Asked"), t.T("Số yêu cầu lấy ý kiến gửi đến cơ quan có hạn trả lời trong kỳ.", "Requests to the agency due in the period.")),
        (t.T("Đúng hạn", "On time"), t.T("Đã trả lời, không lần nào trễ hạn.", "Answered, never late.")),
        (t.T("Trễ hạn", "Late"), t.T("Đã trả lời nhưng sau hạn.", "Answered after the deadline.")),
        (t.T("Quá hạn chưa trả lời", "Overdue"), t.T("Đã hết hạn mà chưa có ý kiến.", "Past the deadline without an answer.")),
        (t.T("Còn trong hạn", "In term"), t.T("Chưa trả lời, chưa đến hạn.", "Not answered, not yet due.")),
        (t.T("Coi như đồng ý", "Deemed agreed"), t.T("Hết hạn không trả lời, văn bản quy định im lặng là đồng ý.", "No answer in time where silence means consent.")),
        (t.T("Chung chung, né tránh", "Vague"), t.T("Số ý kiến được đơn vị chủ trì xác nhận là chung chung, né tránh.", "Answers the lead confirmed vague.")),
        (t.T("Gia hạn", "Extensions"), t.T("Số lần được gia hạn trả lời.", "Times the deadline was extended.")),
        (t.T("Tỷ lệ đúng hạn", "On-time rate"), t.T("Đúng hạn trên số yêu cầu đã đến hạn (không tính yêu cầu còn trong hạn).", "On time out of the requests that came due.")),
    ];

    private static string Names(NonCooperationReport report, IReadOnlyList<string> codes, string none)
    {
        if (codes.Count == 0)
        {
            return $"<p>{E(none)}</p>";
        }
        var names = codes.Select(c => report.Agencies.FirstOrDefault(a => a.Code == c) is { } a ? $"{E(a.Name)} ({E(c)})" : E(c));
        return $"<ul>{string.Concat(names.Select(n => $"<li>{n}</li>"))}</ul>";
    }
}

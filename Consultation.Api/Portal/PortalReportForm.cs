using System.Globalization;
using System.Text;
using Consultation.Core.Agencies;
using Consultation.Core.Calendar;
using Consultation.Core.Reports;
using static Consultation.Api.Portal.PortalHtml;

namespace Consultation.Api.Portal;

/// <summary>
/// What the reports form asks: the period and, for the supervisor, whose report. The values stay as typed,
/// so the API's handler judges them and the page repeats them back beside its messages.
/// </summary>
public sealed record PortalReportForm(string Lead, string From, string To)
{
    /// <summary>The form as asked, or the previous calendar month in Vietnam and the viewer's usual report.</summary>
    public static PortalReportForm Of(PortalViewer viewer, string? lead, string? from, string? to, DateTimeOffset now)
    {
        var month = ReportPeriod.MonthBefore(VietnamTime.DateOf(now));
        return new PortalReportForm(
            lead ?? (viewer.IsSupervisor ? NonCooperationReport.All : viewer.AgencyCode),
            from ?? StoredReport.Format(month.From),
            to ?? StoredReport.Format(month.To));
    }

    public string Html(PortalViewer viewer, IReadOnlyList<Agency> leads, PortalText t) => $"""
        <form method="get" action="/portal/reports" class="card report-form">
        <div class="fields">
        <p><label for="from">{E(t.T("Từ ngày", "From"))}</label><input type="date" id="from" name="from" value="{E(From)}" required></p>
        <p><label for="to">{E(t.T("Đến ngày", "To"))}</label><input type="date" id="to" name="to" value="{E(To)}" required></p>
        {LeadField(viewer, leads, t)}
        </div>
        <p class="hint" id="period-hint">{E(t.T(
            "Kỳ báo cáo gồm các yêu cầu lấy ý kiến có hạn trả lời trong khoảng ngày đã chọn (kể cả hai ngày đầu, cuối).",
            "The period holds the requests whose answer was due between the chosen dates, both included."))}</p>
        <button type="submit">{E(t.T("Xem báo cáo", "Show the report"))}</button>
        <button type="submit" class="secondary" formaction="/portal/reports/download" name="format" value="docx">{E(t.T("Tải báo cáo (Word)", "Download the report (Word)"))}</button>
        <button type="submit" class="secondary" formaction="/portal/reports/download" name="format" value="xlsx">{E(t.T("Tải bảng số liệu (Excel)", "Download the figures (Excel)"))}</button>
        </form>
        """;

    /// <summary>The handler's messages, read out at once; the fields keep what was typed.</summary>
    public static string Errors(IReadOnlyList<string> messages, PortalText t)
    {
        if (messages.Count == 0)
        {
            return "";
        }
        var html = new StringBuilder($"""<div class="notice bad" role="alert" id="error"><p>{E(t.T("Chưa lập được báo cáo:", "The report could not be made:"))}</p><ul>""");
        foreach (var message in messages)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li>{E(message)}</li>");
        }
        return html.Append("</ul></div>").ToString();
    }

    private string LeadField(PortalViewer viewer, IReadOnlyList<Agency> leads, PortalText t)
    {
        if (!viewer.IsSupervisor)
        {
            return $"""<p><span class="label">{E(t.T("Đơn vị chủ trì", "Lead agency"))}</span> <b>{E(viewer.AgencyCode)}</b></p>""";
        }
        var options = new StringBuilder();
        options.Append(CultureInfo.InvariantCulture, $"""<option value="{NonCooperationReport.All}"{Selected(NonCooperationReport.All)}>{E(t.T("Toàn tỉnh", "Whole province"))}</option>""");
        foreach (var agency in leads)
        {
            options.Append(CultureInfo.InvariantCulture, $"""<option value="{E(agency.Code)}"{Selected(agency.Code)}>{E(agency.Code)} — {E(agency.Name)}</option>""");
        }
        return $"""<p><label for="lead">{E(t.T("Đơn vị chủ trì", "Lead agency"))}</label><select id="lead" name="lead">{options}</select></p>""";
    }

    private string Selected(string code) => string.Equals(code, Lead, StringComparison.OrdinalIgnoreCase) ? " selected" : "";
}

using System.Globalization;
using System.Text;
using Consultation.Core.Reports;
using Microsoft.Net.Http.Headers;
using static Consultation.Api.Portal.PortalHtml;

namespace Consultation.Api.Portal;

/// <summary>The reports the worker stores each month, as generated then: listed, and served from the stored bytes.</summary>
public static class PortalStoredReports
{
    public static string Html(IReadOnlyList<ReportHeading> stored, PortalText t)
    {
        if (stored.Count == 0)
        {
            return $"<p>{E(t.T("Chưa có báo cáo định kỳ nào được lập.", "No monthly report has been made yet."))}</p>";
        }
        var label = t.T("Danh sách báo cáo định kỳ", "Monthly reports");
        var html = new StringBuilder().Append(CultureInfo.InvariantCulture, $"""
            <div class="scroll" tabindex="0" role="region" aria-label="{E(label)}"><table>
            <caption>{E(label)}</caption>
            <thead><tr><th scope="col">{E(t.T("Kỳ báo cáo", "Period"))}</th><th scope="col">{E(t.T("Đơn vị chủ trì", "Lead agency"))}</th><th scope="col">{E(t.T("Tải về", "Download"))}</th></tr></thead><tbody>
            """);
        foreach (var report in stored)
        {
            var period = report.Period;
            var whose = report.Lead == NonCooperationReport.All ? t.T("Toàn tỉnh", "Whole province") : report.Lead;
            html.Append(CultureInfo.InvariantCulture, $"""
                <tr><td>{E(Day(period.From))}–{E(Day(period.To))}</td><td>{E(whose)}</td>
                <td><a href="/portal/dashboard/reports/{report.Id}/docx">Word<span class="visually-hidden"> {E(whose)} {E(Day(period.From))}</span></a> · <a href="/portal/dashboard/reports/{report.Id}/xlsx">Excel<span class="visually-hidden"> {E(whose)} {E(Day(period.From))}</span></a></td></tr>
                """);
        }
        return html.Append("</tbody></table></div>").ToString();
    }

    /// <summary>A stored report's file, under the names the API gives the same report.</summary>
    public static async Task<IResult> Download(Guid id, string format, HttpContext http, ReportStore store, CancellationToken ct)
    {
        var viewer = PortalViewer.From(http.User);
        if ((PortalRefusals.LinkSession(http, viewer) ?? PortalRefusals.NotSupervisor(http, viewer)) is { } refused)
        {
            return refused;
        }
        var report = format is "docx" or "xlsx" ? await store.GetAsync(id, ct) : null;
        if (report is null)
        {
            return PortalRefusals.NoReport(http, viewer);
        }
        var period = report.Period;
        http.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
        {
            FileName = ReportFiles.AsciiName(report.Lead, period.From, period.To, format),
            FileNameStar = ReportFiles.Name(report.Lead, period.From, period.To, format),
        }.ToString();
        return format == "docx"
            ? Results.File(report.Docx, ReportFiles.DocxType)
            : Results.File(report.Xlsx, ReportFiles.XlsxType);
    }
}

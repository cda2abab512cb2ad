using Consultation.Api.Reports;
using Consultation.Core.Reports;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Consultation.Api.Portal;

/// <summary>
/// The report of a period on a page, with its Word and Excel files. Both ask the API's own handler, so
/// the page, the files and a call to <c>/api/v1/reports/non-cooperation</c> show the same figures.
/// </summary>
public static class PortalReports
{
    public static Task<IResult> Show(HttpContext http, [AsParameters] PortalReportRequest request, CancellationToken ct) =>
        AnswerAsync(http, request, "json", ct);

    /// <summary>The file as the API serves it; a refusal comes back as the page with its messages, never as JSON.</summary>
    public static Task<IResult> Download(HttpContext http, [AsParameters] PortalReportRequest request, string? format, CancellationToken ct) =>
        // No format is not a JSON download: the page shows the report.
        AnswerAsync(http, request, format ?? "json", ct);

    private static async Task<IResult> AnswerAsync(HttpContext http, PortalReportRequest request, string format, CancellationToken ct)
    {
        var viewer = PortalViewer.From(http.User);
        if (PortalRefusals.LinkSession(http, viewer) is { } refused)
        {
            return refused;
        }
        // The language first: the handler writes its messages in it.
        var t = PortalApi.Text(http, request.Lang);
        var form = PortalReportForm.Of(viewer, request.Lead, request.From, request.To, request.Clock.GetUtcNow());
        var result = (await NonCooperationReportApi.Get(
            http, request.Reports, request.Agencies, request.Options, ct, form.Lead, form.From, form.To, format)).Result;
        if (result is FileContentHttpResult)
        {
            return result;
        }
        // The supervisor chooses among every agency; an agency's own report needs no list.
        var leads = viewer.IsSupervisor ? await request.Agencies.ListAsync(ct) : [];
        var report = (result as Ok<NonCooperationReport>)?.Value;
        var body = $"""
            <h1>{PortalHtml.E(t.T("Báo cáo tình hình phối hợp trả lời văn bản lấy ý kiến", "Report on answering consultations"))}</h1>
            {PortalReportForm.Errors(PortalResults.Problems(result), t)}
            {form.Html(viewer, leads, t)}
            {(report is null ? "" : PortalReportSummary.Html(report, t))}
            """;
        var token = request.Antiforgery.GetAndStoreTokens(http);
        return PortalApi.Html(http, PortalHtml.Page(t, t.T("Báo cáo", "Reports"), body, viewer, token), PortalResults.StatusOf(result));
    }
}

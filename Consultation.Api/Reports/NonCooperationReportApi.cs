using Consultation.Api.Auth;
using Consultation.Api.Problems;
using Consultation.Core.Agencies;
using Consultation.Core.Reports;
using Consultation.Core.Reports.Documents;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Consultation.Api.Reports;

public static class NonCooperationReportApi
{
    /// <summary>
    /// The report of <paramref name="lead"/> (default: the caller's own unit, or <c>all</c> for the
    /// supervisor) for the consultations sent from <paramref name="from"/> to <paramref name="to"/>,
    /// as JSON, a Word document or a workbook.
    /// </summary>
    public static async Task<Results<Ok<NonCooperationReport>, FileContentHttpResult, ValidationProblem, ProblemHttpResult>> Get(
        HttpContext http, NonCooperationReports reports, AgencyStore agencies, IOptions<ReportOptions> options, CancellationToken ct,
        string? lead = null, string? from = null, string? to = null, string? format = null)
    {
        var caller = Caller.From(http.User);
        var errors = new FieldErrors(http.Lang());
        var code = lead is null ? (caller.IsSupervisor ? NonCooperationReport.All : caller.AgencyCode)
            : string.Equals(lead, NonCooperationReport.All, StringComparison.OrdinalIgnoreCase) ? NonCooperationReport.All
            : AgencyCodes.Normalize(lead);
        if (code is null)
        {
            errors.Add("lead", "invalid_code");
        }
        else if (!caller.IsSupervisor && code != caller.AgencyCode)
        {
            // A lead unit reports on its own consultations; other units' and the province's are the supervisor's to read.
            return Problem.Forbidden(http, "report_not_own");
        }
        var period = ReportInput.Period(from, to, options.Value.MaxPeriodDays, errors);
        var kind = format ?? "json";
        if (!ReportInput.Formats.Contains(kind))
        {
            errors.Add("format", "unknown_value", string.Join(", ", ReportInput.Formats));
        }
        if (errors.Any)
        {
            return Problem.Invalid(http, errors);
        }
        if (code != NonCooperationReport.All && await agencies.FindAsync(code!, ct) is null)
        {
            return Problem.NotFound(http, "agency_not_found");
        }
        var report = await reports.ComputeAsync(code!, period!, ct);
        if (kind == "json")
        {
            return TypedResults.Ok(report);
        }
        var letterhead = await reports.LetterheadAsync(report, ct);
        var (bytes, contentType) = kind == "docx"
            ? (ReportDocument.Write(report, letterhead), ReportFiles.DocxType)
            : (ReportWorkbook.Write(report, letterhead), ReportFiles.XlsxType);
        // An ASCII name for old clients, and the Vietnamese one (RFC 6266 filename*) for the rest.
        http.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
        {
            FileName = ReportFiles.AsciiName(report, kind),
            FileNameStar = ReportFiles.Name(report, kind),
        }.ToString();
        return TypedResults.File(bytes, contentType);
    }
}

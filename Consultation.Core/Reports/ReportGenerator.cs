using System.Text.Json;
using Consultation.Core.Reports.Documents;

namespace Consultation.Core.Reports;

/// <summary>Renders reports in their three forms and generates a period's reports for storage.</summary>
public sealed class ReportGenerator(CooperationQueries queries, NonCooperationReports reports, ReportStore store)
{
    /// <summary>The JSON is the API's: web defaults, camelCase.</summary>
    public static string Json(NonCooperationReport report) => JsonSerializer.Serialize(report, JsonSerializerOptions.Web);

    public async Task<RenderedReport> RenderAsync(NonCooperationReport report, CancellationToken cancellationToken = default)
    {
        var letterhead = await reports.LetterheadAsync(report, cancellationToken);
        return new RenderedReport(report, Json(report), ReportDocument.Write(report, letterhead), ReportWorkbook.Write(report, letterhead));
    }

    /// <summary>
    /// Computes, renders and stores the report of every lead unit that consulted anyone in the period,
    /// then the province-wide one, replacing any stored for the same period. Returns the stored ids.
    /// </summary>
    public async Task<IReadOnlyList<Guid>> GenerateAsync(ReportPeriod period, CancellationToken cancellationToken = default)
    {
        var ids = new List<Guid>();
        foreach (var lead in (await queries.LeadsAsync(period, cancellationToken)).Append(NonCooperationReport.All))
        {
            var rendered = await RenderAsync(await reports.ComputeAsync(lead, period, cancellationToken), cancellationToken);
            ids.Add(await store.SaveAsync(new StoredReport
            {
                Id = Guid.CreateVersion7(rendered.Report.AsOf),
                Lead = lead,
                PeriodFrom = StoredReport.Format(period.From),
                PeriodTo = StoredReport.Format(period.To),
                GeneratedAt = rendered.Report.AsOf,
                Json = rendered.Json,
                Docx = rendered.Docx,
                Xlsx = rendered.Xlsx,
            }, cancellationToken));
        }
        return ids;
    }
}

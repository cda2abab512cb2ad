using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Consultation.Core.Reports.Documents;

/// <summary>The report as an Excel workbook: the same tables as the Word document, one sheet each, and the proposal.</summary>
public static class ReportWorkbook
{
    public const string SummarySheet = "Tổng hợp";
    public const string IncidentSheet = "Các trường hợp";
    public const string ProposalSheet = "Đề xuất, kiến nghị";

    private static readonly string[] IncidentHeader =
    [
        "TT", "Mã cơ quan", "Cơ quan, đơn vị", "Loại", "Số, ký hiệu văn bản", "Trích yếu", "Đơn vị chủ trì",
        "Hạn trả lời", "Ngày trả lời", "Số ngày làm việc trễ hoặc quá hạn", "Tình trạng",
    ];

    public static byte[] Write(NonCooperationReport report, ReportLetterhead letterhead)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Xlsx.Styles();
            Xlsx.AddSheet(workbook, SummarySheet, [6, 40, 12, 11, 11, 13, 11, 12, 13, 10, 12], Summary(report, letterhead));
            Xlsx.AddSheet(workbook, IncidentSheet, [6, 12, 32, 26, 18, 48, 14, 16, 14, 16, 60], Incidents(report));
            Xlsx.AddSheet(workbook, ProposalSheet, [130], Proposal(report, letterhead));
        }
        return stream.ToArray();
    }

    private static IEnumerable<Row> Summary(NonCooperationReport report, ReportLetterhead letterhead)
    {
        yield return Xlsx.Row(1, ["BÁO CÁO TÌNH HÌNH PHỐI HỢP TRẢ LỜI VĂN BẢN LẤY Ý KIẾN"], textStyle: Xlsx.Title);
        yield return Xlsx.Row(2, [$"{letterhead.Issuer.Name}; văn bản lấy ý kiến gửi {ReportText.Period(report.Period)}; "
            + $"số liệu tính đến ngày {ReportText.Day(report.AsOf)}"], textStyle: 0);
        yield return Xlsx.Row(4, ReportColumns.Agency, textStyle: Xlsx.Header);
        uint index = 5;
        var number = 0;
        foreach (var agency in report.Agencies)
        {
            yield return Xlsx.Row(index++, [++number, agency.Name, .. ReportColumns.Counts(agency).Cast<object?>(), new Xlsx.Rate(agency.OnTimeRate)]);
        }
        var total = ReportColumns.Total(report.Agencies);
        yield return Xlsx.Row(index, [null, total.Name, .. ReportColumns.Counts(total).Cast<object?>(), new Xlsx.Rate(total.OnTimeRate)],
            Xlsx.BoldText, Xlsx.BoldNumber, Xlsx.BoldPercent);
    }

    private static IEnumerable<Row> Incidents(NonCooperationReport report)
    {
        yield return Xlsx.Row(1, IncidentHeader, textStyle: Xlsx.Header);
        uint index = 2;
        var number = 0;
        foreach (var (agency, incident) in report.Agencies.SelectMany(a => a.Incidents.Select(i => (a, i))))
        {
            yield return Xlsx.Row(index++,
            [
                ++number, agency.Code, agency.Name, ReportText.Kind(incident.Kind), incident.DocumentNumber, incident.Title, incident.LeadAgencyCode,
                ReportText.Due(incident.DueAt), incident.AnsweredAt is { } answered ? ReportText.Day(answered) : null,
                incident.WorkingDaysLate ?? incident.WorkingDaysOverdue, ReportText.Status(incident),
            ]);
        }
    }

    private static IEnumerable<Row> Proposal(NonCooperationReport report, ReportLetterhead letterhead)
    {
        var commended = report.Agencies.Where(a => report.Commendations.Contains(a.Code)).ToList();
        yield return Xlsx.Row(1, ["1. Đề xuất chấn chỉnh, xử lý"], textStyle: Xlsx.Title);
        yield return Xlsx.Row(2, [report.Proposal], textStyle: Xlsx.Paragraph);
        yield return Xlsx.Row(4, ["2. Đề xuất biểu dương"], textStyle: Xlsx.Title);
        yield return Xlsx.Row(5, [ReportProposal.Commendation(commended, letterhead.Recipient)], textStyle: Xlsx.Paragraph);
    }
}

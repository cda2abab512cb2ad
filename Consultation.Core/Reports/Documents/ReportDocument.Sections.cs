using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using static Consultation.Core.Reports.Documents.Docx;

namespace Consultation.Core.Reports.Documents;

public static partial class ReportDocument
{
    private static readonly int[] AgencyColumns = [480, 1900, 700, 700, 700, 760, 700, 760, 860, 700, 1094];
    private static readonly int[] IncidentColumns = [500, 1800, 3300, 1300, 2454];

    private static IEnumerable<OpenXmlElement> Sections(NonCooperationReport report, ReportLetterhead letterhead)
    {
        var issuer = letterhead.Issuer.Name;
        var leads = report.ProvinceWide ? "các cơ quan, đơn vị trên địa bàn tỉnh" : issuer;
        var asOf = report.AsOf.ToOffset(Calendar.VietnamTime.Offset);
        yield return Body($"Thực hiện mục 1(i) {letterhead.Directive} về phối hợp giữa các cơ quan, đơn vị, {issuer} báo cáo tình hình "
            + $"các cơ quan, đơn vị trả lời văn bản lấy ý kiến do {leads} chủ trì, có hạn trả lời {ReportText.Period(report.Period)} "
            + $"(số liệu tính đến {asOf:HH} giờ {asOf:mm} ngày {ReportText.Day(report.AsOf)}) như sau:");

        yield return Body("I. TÌNH HÌNH CHUNG", bold: true);
        foreach (var line in Overview(report))
        {
            yield return Body(line);
        }

        yield return Body("II. KẾT QUẢ PHỐI HỢP CỦA TỪNG CƠ QUAN, ĐƠN VỊ", bold: true);
        yield return AgencyTable(report);
        yield return Paragraph(JustificationValues.Both, [Run("Ghi chú: tỷ lệ đúng hạn tính trên số lượt đã đến hạn trả lời (không tính lượt chưa đến hạn); "
            + "trả lời chung chung, né tránh là số câu trả lời đã được đơn vị chủ trì xác nhận.", 12, italic: true)], before: 60, after: 120);

        yield return Body("III. CÁC TRƯỜNG HỢP PHỐI HỢP CHƯA TỐT", bold: true);
        if (report.Agencies.All(a => a.Incidents.Count == 0))
        {
            yield return Body("Trong kỳ không có trường hợp phối hợp chưa tốt.");
        }
        else
        {
            yield return IncidentTable(report);
            yield return Paragraph(JustificationValues.Left, [], after: 120);
        }

        yield return Body("IV. ĐỀ XUẤT, KIẾN NGHỊ", bold: true);
        yield return Body("1. Đề xuất chấn chỉnh, xử lý", bold: true);
        yield return Body(report.Proposal);
        yield return Body("2. Đề xuất biểu dương", bold: true);
        var commended = report.Agencies.Where(a => report.Commendations.Contains(a.Code)).ToList();
        yield return Body(ReportProposal.Commendation(commended, letterhead.Recipient));
        yield return Body($"Trên đây là báo cáo tình hình phối hợp trả lời văn bản lấy ý kiến {ReportText.Span(report.Period)} của {issuer}, "
            + $"kính báo cáo {letterhead.Recipient} xem xét, chỉ đạo./.");
    }

    private static IEnumerable<string> Overview(NonCooperationReport report)
    {
        var a = report.Agencies;
        if (a.Count == 0)
        {
            yield return "- Trong kỳ không có văn bản lấy ý kiến nào.";
            yield break;
        }
        int onTime = a.Sum(x => x.OnTime), late = a.Sum(x => x.Late), overdue = a.Sum(x => x.Overdue), deemed = a.Sum(x => x.DeemedAgreed);
        yield return $"- Số văn bản lấy ý kiến: {ReportText.Count(report.Consultations)} văn bản, với {ReportText.Count(a.Sum(x => x.Assigned))} lượt "
            + $"lấy ý kiến {ReportText.Count(a.Count)} cơ quan, đơn vị.";
        yield return $"- Trả lời đúng hạn: {ReportText.Count(onTime)} lượt; trả lời trễ hạn: {ReportText.Count(late)} lượt; quá hạn chưa trả lời: "
            + $"{ReportText.Count(overdue)} lượt; không trả lời, coi như đồng ý: {ReportText.Count(deemed)} lượt; chưa đến hạn trả lời: "
            + $"{ReportText.Count(a.Sum(x => x.InTerm))} lượt.";
        yield return $"- Tỷ lệ trả lời đúng hạn: {ReportText.Rate(AgencyCooperation.RateOf(onTime, late, overdue, deemed))} số lượt đã đến hạn.";
        yield return $"- Câu trả lời bị đơn vị chủ trì xác nhận chung chung, né tránh: {ReportText.Count(a.Sum(x => x.ConfirmedVague))}; "
            + $"số lượt gia hạn thời hạn trả lời: {ReportText.Count(a.Sum(x => x.Extensions))}.";
        if (a.Sum(x => x.Referred) > 0)
        {
            yield return $"- Trả lời không thuộc chức năng, nhiệm vụ: {ReportText.Count(a.Sum(x => x.Referred))} lượt ("
                + string.Join("; ", a.Where(x => x.Referred > 0).Select(x => $"{x.Name}: {ReportText.Count(x.Referred)}")) + "); "
                + $"đơn vị chủ trì đã chuyển cơ quan có thẩm quyền: {ReportText.Count(a.Sum(x => x.Redirected))} lượt; "
                + $"chuyển vòng giữa các cơ quan (đùn đẩy trách nhiệm): {ReportText.Count(a.Sum(x => x.Rings))} trường hợp"
                + (a.Any(x => x.Rings > 0) ? " (" + string.Join("; ", a.Where(x => x.Rings > 0).Select(x => x.Name)) + ")" : "") + ".";
        }
    }

    private static Table AgencyTable(NonCooperationReport report)
    {
        var table = Table(AgencyColumns, borders: true);
        table.Append(Row(AgencyColumns, 11, ReportColumns.Agency, header: true));
        var number = 0;
        foreach (var agency in report.Agencies)
        {
            table.Append(Row(AgencyColumns, 12, [(++number).ToString(System.Globalization.CultureInfo.InvariantCulture), agency.Name,
                .. ReportColumns.Figures(agency)], leftAligned: 1));
        }
        table.Append(Row(AgencyColumns, 12, ["", "Tổng cộng", .. ReportColumns.Figures(ReportColumns.Total(report.Agencies))], bold: true, leftAligned: 1));
        return table;
    }

    private static Table IncidentTable(NonCooperationReport report)
    {
        var table = Table(IncidentColumns, borders: true);
        table.Append(Row(IncidentColumns, 12, ReportColumns.Incident, header: true));
        var number = 0;
        foreach (var (agency, incident) in report.Agencies.SelectMany(a => a.Incidents.Select(i => (a, i))))
        {
            table.Append(Row(IncidentColumns, 12, [(++number).ToString(System.Globalization.CultureInfo.InvariantCulture), agency.Name,
                ReportColumns.Document(incident, report.ProvinceWide), ReportText.Due(incident.DueAt), ReportText.Status(incident)], leftAligned: [1, 2, 4]));
        }
        return table;
    }
}

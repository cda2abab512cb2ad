namespace Consultation.Core.Reports;

/// <summary>
/// The closing of a report (item 1(i) and 1(d) of the directive): whom the lead unit proposes the
/// Provincial People's Committee deal with, and whom it recommends for commendation.
/// </summary>
public static class ReportProposal
{
    /// <summary>The agencies whose incidents reach <paramref name="threshold"/>, most incidents first.</summary>
    public static IReadOnlyList<AgencyCooperation> Proposed(IEnumerable<AgencyCooperation> agencies, int threshold) =>
        agencies.Where(a => a.IncidentCount >= threshold)
            .OrderByDescending(a => a.IncidentCount).ThenBy(a => a.Code, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// The agencies that answered everything due on time with nothing confirmed vague, and answered at
    /// least once: an agency whose requests are all still in term has nothing to be commended for yet.
    /// </summary>
    public static IReadOnlyList<AgencyCooperation> Commended(IEnumerable<AgencyCooperation> agencies) =>
        agencies.Where(a => a.OnTime > 0 && a.IncidentCount == 0 && a.ReferralsClear).OrderBy(a => a.Code, StringComparer.Ordinal).ToList();

    /// <summary>The proposal paragraph, naming each proposed agency with what it did.</summary>
    public static string Paragraph(IReadOnlyList<AgencyCooperation> proposed, int threshold, string issuer, string recipient, string directive)
    {
        if (proposed.Count == 0)
        {
            return $"Trong kỳ báo cáo, không có cơ quan, đơn vị nào có từ {ReportText.Count(threshold)} trường hợp phối hợp chưa tốt trở lên; "
                + $"{issuer} chưa đề xuất xử lý.";
        }
        var named = proposed.Select(a => $"{a.Name} ({ReportText.Count(a.IncidentCount)} trường hợp: {ReportText.Breakdown(a)})");
        return $"Căn cứ mục 1(i) {directive}, {issuer} kính đề nghị {recipient} nhắc nhở, yêu cầu người đứng đầu các cơ quan, đơn vị "
            + $"có từ {ReportText.Count(threshold)} trường hợp phối hợp chưa tốt trở lên trong kỳ chấn chỉnh, khắc phục ngay và xem xét, "
            + $"xử lý trách nhiệm theo quy định, gồm: {string.Join("; ", named)}.";
    }

    /// <summary>The commendation paragraph (item 1(d): timely work deserves recognition).</summary>
    public static string Commendation(IReadOnlyList<AgencyCooperation> commended, string recipient) => commended.Count == 0
        ? "Trong kỳ, chưa có cơ quan, đơn vị đủ điều kiện đề nghị biểu dương (trả lời đúng hạn tất cả văn bản, không có câu trả lời chung chung, né tránh)."
        : $"Đề nghị {recipient} biểu dương các cơ quan, đơn vị trả lời đúng hạn tất cả văn bản, quan điểm rõ ràng: "
            + $"{string.Join("; ", commended.Select(a => a.Name))}.";
}

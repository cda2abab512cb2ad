using System.Globalization;

namespace Consultation.Core.Reports.Documents;

/// <summary>The columns the Word tables and the workbook share, so both say the same thing in the same order.</summary>
internal static class ReportColumns
{
    public static readonly string[] Agency =
    [
        "TT", "Cơ quan, đơn vị", "Số lượt lấy ý kiến", "Đúng hạn", "Trễ hạn", "Quá hạn chưa trả lời", "Chưa đến hạn",
        "Coi như đồng ý", "Chung chung, né tránh", "Gia hạn", "Tỷ lệ đúng hạn",
    ];

    public static readonly string[] Incident = ["TT", "Cơ quan, đơn vị", "Văn bản lấy ý kiến", "Hạn trả lời", "Tình trạng"];

    /// <summary>The counts of one agency in the order of <see cref="Agency"/>, after its number and name.</summary>
    public static int[] Counts(AgencyCooperation a) =>
        [a.Assigned, a.OnTime, a.Late, a.Overdue, a.InTerm, a.DeemedAgreed, a.ConfirmedVague, a.Extensions];

    public static string[] Figures(AgencyCooperation a) =>
        [.. Counts(a).Select(c => c.ToString(CultureInfo.InvariantCulture)), ReportText.Rate(a.OnTimeRate)];

    /// <summary>The "Tổng cộng" row: sums, and the rate of the sums.</summary>
    public static AgencyCooperation Total(IReadOnlyList<AgencyCooperation> agencies)
    {
        int onTime = agencies.Sum(a => a.OnTime), late = agencies.Sum(a => a.Late), overdue = agencies.Sum(a => a.Overdue);
        var deemed = agencies.Sum(a => a.DeemedAgreed);
        return new AgencyCooperation("", "Tổng cộng", agencies.Sum(a => a.Assigned), onTime, late, overdue, agencies.Sum(a => a.InTerm), deemed,
            agencies.Sum(a => a.ConfirmedVague), agencies.Sum(a => a.Extensions), AgencyCooperation.RateOf(onTime, late, overdue, deemed), []);
    }

    /// <summary>"125/STC-QLNS: title"; the province-wide report also names the lead unit.</summary>
    public static string Document(Incident incident, bool provinceWide) =>
        $"{incident.DocumentNumber}: {incident.Title}" + (provinceWide ? $" (đơn vị chủ trì: {incident.LeadAgencyCode})" : "");
}

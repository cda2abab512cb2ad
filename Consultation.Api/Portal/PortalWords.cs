using System.Globalization;
using Consultation.Core.Consultations;

namespace Consultation.Api.Portal;

/// <summary>The stored codes as people read them.</summary>
public static class PortalWords
{
    public static string Status(string status, PortalText t) => status switch
    {
        AssignmentStatus.Pending => t.T("chờ trả lời", "awaiting an answer"),
        AssignmentStatus.Answered => t.T("đã trả lời", "answered"),
        AssignmentStatus.ClarificationRequested => t.T("được đề nghị làm rõ", "clarification requested"),
        AssignmentStatus.DeemedAgreed => t.T("coi như thống nhất (không trả lời đúng hạn)", "deemed agreed (no answer in time)"),
        _ => status,
    };

    public static string Position(string position, PortalText t) => position switch
    {
        Positions.Agree => t.T("Thống nhất", "Agree"),
        Positions.AgreeWithComments => t.T("Thống nhất, có góp ý", "Agree with comments"),
        Positions.Disagree => t.T("Không thống nhất", "Disagree"),
        Positions.NotCompetent => t.T("Không thuộc chức năng, nhiệm vụ của đơn vị", "Not within our competence"),
        _ => position,
    };

    public static string Verdict(string? verdict, PortalText t) => verdict switch
    {
        "clear" => t.T("Rõ ràng", "Clear"),
        "vague" => t.T("Chung chung, chưa rõ quan điểm", "Vague"),
        _ => t.T("Chưa đánh giá", "Not assessed"),
    };

    public static string Decision(string decision, PortalText t) => decision switch
    {
        ReviewDecisions.Accept => t.T("Chấp nhận", "Accepted"),
        ReviewDecisions.ConfirmVague => t.T("Xác nhận chung chung", "Confirmed vague"),
        ReviewDecisions.RequestClarification => t.T("Đề nghị làm rõ", "Clarification requested"),
        _ => decision,
    };

    public static string ConsultationStatusName(string status, PortalText t) => status switch
    {
        ConsultationStatus.Open => t.T("đang lấy ý kiến", "open"),
        ConsultationStatus.Closed => t.T("đã kết thúc", "closed"),
        ConsultationStatus.Withdrawn => t.T("đã thu hồi", "withdrawn"),
        _ => status,
    };

    /// <summary>"66,7%" as the reports write it, "66.7%" in English; a dash when nothing has come due.</summary>
    public static string Rate(double? rate, PortalText t) => rate is { } r
        ? (r * 100).ToString("0.#", t.English ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo("vi-VN")) + "%"
        : "—";

    public static string Urgency(string urgency, PortalText t) => urgency switch
    {
        Core.Consultations.Urgency.Khan => t.T("Khẩn", "Urgent"),
        Core.Consultations.Urgency.ThuongKhan => t.T("Thượng khẩn", "Very urgent"),
        Core.Consultations.Urgency.HoaToc => t.T("Hỏa tốc", "Immediate"),
        _ => t.T("Thường", "Normal"),
    };

    /// <summary>A request field as its form labels it; null for a field no form shows.</summary>
    public static string? Field(string name, PortalText t) => name switch
    {
        "position" => t.T("Quan điểm", "Position"),
        "content" => t.T("Nội dung ý kiến", "Answer"),
        "legalBasis" => t.T("Căn cứ pháp lý", "Legal basis"),
        "competentAgencyCode" => t.T("Mã cơ quan có thẩm quyền", "Competent agency's code"),
        "competentAgencyName" => t.T("Tên cơ quan có thẩm quyền", "Competent body's name"),
        "decision" => t.T("Quyết định", "Decision"),
        "note" => t.T("Ghi chú", "Note"),
        "reason" => t.T("Lý do", "Reason"),
        "workingDays" or "dueAt" => t.T("Thời hạn", "Period"),
        "agencyCode" => t.T("Mã cơ quan nhận", "Agency code"),
        "synthesis" => t.T("Tổng hợp", "Synthesis"),
        "from" => t.T("Từ ngày", "From"),
        "to" => t.T("Đến ngày", "To"),
        "lead" => t.T("Đơn vị chủ trì", "Lead agency"),
        _ => null,
    };
}

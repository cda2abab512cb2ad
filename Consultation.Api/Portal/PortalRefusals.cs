using static Consultation.Api.Portal.PortalHtml;

namespace Consultation.Api.Portal;

/// <summary>Pages that say no, and show nothing of what was asked for.</summary>
public static class PortalRefusals
{
    /// <summary>A session opened from an email link reaches its one consultation only.</summary>
    public static IResult? OutOfScope(HttpContext http, Guid id)
    {
        var viewer = PortalViewer.From(http.User);
        return viewer.Reaches(id) ? null : OutOfScopePage(http, viewer);
    }

    /// <summary>
    /// Reports and the province picture are for a session signed in with the agency's key: a link from an
    /// email opens one consultation and nothing beside it.
    /// </summary>
    public static IResult? LinkSession(HttpContext http, PortalViewer viewer) => viewer.Scope is null ? null : OutOfScopePage(http, viewer);

    /// <summary>The province-wide pages are the supervisor's (Sở Nội vụ); an agency is told so in words.</summary>
    public static IResult? NotSupervisor(HttpContext http, PortalViewer viewer)
    {
        if (viewer.IsSupervisor)
        {
            return null;
        }
        var t = PortalApi.Text(http, null);
        var body = $"""
            <h1>{E(t.T("Trang dành cho Sở Nội vụ", "For the Department of Home Affairs only"))}</h1>
            <p>{E(t.T(
                "Tình hình phối hợp toàn tỉnh do Sở Nội vụ theo dõi. Đơn vị xem báo cáo các văn bản mình chủ trì tại trang Báo cáo.",
                "The province-wide picture is the supervisor's to follow. Your agency's own report is on the Reports page."))}</p>
            <p><a href="/portal/reports">{E(t.T("Đến trang Báo cáo", "Go to Reports"))}</a></p>
            """;
        return PortalApi.Html(http, Page(t, t.T("Không có quyền xem", "Not permitted"), body, viewer, null), StatusCodes.Status403Forbidden);
    }

    public static IResult NotFound(HttpContext http, PortalText t, PortalViewer viewer)
    {
        var body = $"""
            <h1>{E(t.T("Không tìm thấy hồ sơ", "Consultation not found"))}</h1>
            <p>{E(t.T("Không có hồ sơ này, hoặc đơn vị không tham gia hồ sơ này.", "There is no such consultation, or your agency is not party to it."))}</p>
            <p><a href="/portal">{E(t.T("Về hộp việc", "Back to the inbox"))}</a></p>
            """;
        return PortalApi.Html(http, Page(t, t.T("Không tìm thấy", "Not found"), body, viewer, null), StatusCodes.Status404NotFound);
    }

    public static IResult NoReport(HttpContext http, PortalViewer viewer)
    {
        var t = PortalApi.Text(http, null);
        var body = $"""
            <h1>{E(t.T("Không tìm thấy báo cáo", "Report not found"))}</h1>
            <p>{E(t.T("Không có báo cáo này, hoặc định dạng tệp không phải Word (docx) hay Excel (xlsx).", "There is no such report, or the format is neither Word (docx) nor Excel (xlsx)."))}</p>
            <p><a href="/portal/dashboard#monthly">{E(t.T("Về danh sách báo cáo định kỳ", "Back to the monthly reports"))}</a></p>
            """;
        return PortalApi.Html(http, Page(t, t.T("Không tìm thấy", "Not found"), body, viewer, null), StatusCodes.Status404NotFound);
    }

    private static IResult OutOfScopePage(HttpContext http, PortalViewer viewer)
    {
        var t = PortalApi.Text(http, null);
        var body = $"""
            <h1>{E(t.T("Liên kết này không mở được trang đó", "This link does not open that page"))}</h1>
            <p>{E(t.T(
                "Phiên làm việc mở từ đường liên kết trong thư chỉ xem và xử lý được đúng hồ sơ trong thư đó. Để xem hồ sơ khác, hãy đăng nhập bằng khóa truy cập của đơn vị.",
                "A session opened from an email link reaches only the consultation in that email. To see others, sign in with your agency's access key."))}</p>
            <p><a href="/portal/consultations/{viewer.Scope}">{E(t.T("Quay lại hồ sơ trong thư", "Back to the consultation in the email"))}</a></p>
            """;
        return PortalApi.Html(http, Page(t, t.T("Ngoài phạm vi liên kết", "Outside the link's scope"), body, viewer, null), StatusCodes.Status403Forbidden);
    }
}

using static Consultation.Api.Portal.PortalHtml;

namespace Consultation.Api.Portal;

/// <summary>Pages that say no, and show nothing of what was asked for.</summary>
public static class PortalRefusals
{
    /// <summary>A session opened from an email link reaches its one consultation only.</summary>
    public static IResult? OutOfScope(HttpContext http, Guid id)
    {
        var viewer = PortalViewer.From(http.User);
        if (viewer.Reaches(id))
        {
            return null;
        }
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

    public static IResult NotFound(HttpContext http, PortalText t, PortalViewer viewer)
    {
        var body = $"""
            <h1>{E(t.T("Không tìm thấy hồ sơ", "Consultation not found"))}</h1>
            <p>{E(t.T("Không có hồ sơ này, hoặc đơn vị không tham gia hồ sơ này.", "There is no such consultation, or your agency is not party to it."))}</p>
            <p><a href="/portal">{E(t.T("Về hộp việc", "Back to the inbox"))}</a></p>
            """;
        return PortalApi.Html(http, Page(t, t.T("Không tìm thấy", "Not found"), body, viewer, null), StatusCodes.Status404NotFound);
    }
}

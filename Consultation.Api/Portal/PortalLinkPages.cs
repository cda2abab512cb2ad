using Consultation.Core.Agencies;
using Consultation.Core.Portal;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using static Consultation.Api.Portal.PortalHtml;

namespace Consultation.Api.Portal;

/// <summary>
/// A link from an email: signed, scoped to one agency and one consultation, expiring. Opening it signs the
/// person in for that consultation only. A tampered, expired or foreign link gets a page that says so
/// and shows nothing of any consultation.
/// </summary>
public static class PortalLinkPages
{
    public static async Task<IResult> Open(
        string token, HttpContext http, PortalLinks links, AgencyStore agencies, IAntiforgery antiforgery, TimeProvider clock, string? lang, CancellationToken ct)
    {
        var t = PortalApi.Text(http, lang);
        var now = clock.GetUtcNow();
        var check = links.Read(token, now);
        if (check.Status == PortalLinkStatus.Expired)
        {
            return Refuse(http, t, t.T("Đường liên kết đã hết hạn", "This link has expired"), t.T(
                $"Đường liên kết trong thư chỉ dùng được đến {Time(check.Link!.ExpiresAt, t)}. Hãy đăng nhập bằng khóa truy cập của đơn vị, hoặc dùng liên kết trong thư thông báo mới hơn.",
                $"The link in the email was valid until {Time(check.Link!.ExpiresAt, t)}. Sign in with your agency's access key, or use the link in a newer notification."),
                StatusCodes.Status410Gone);
        }
        if (check.Status != PortalLinkStatus.Valid || await agencies.FindAsync(check.Link!.AgencyCode, ct) is not { Active: true })
        {
            return Refuse(http, t, t.T("Đường liên kết không hợp lệ", "This link is not valid"), t.T(
                "Đường liên kết không đúng hoặc đã bị sửa đổi (có thể do bị cắt khi sao chép), hoặc đơn vị không còn hoạt động trên hệ thống. Hãy mở lại liên kết từ thư, hoặc đăng nhập bằng khóa truy cập của đơn vị.",
                "The link is wrong or was altered (perhaps cut short when copied), or the agency is no longer active. Open it again from the email, or sign in with your agency's access key."),
                StatusCodes.Status400BadRequest);
        }
        var link = check.Link;
        var current = await http.AuthenticateAsync(PortalApi.CookieScheme);
        if (current.Succeeded && PortalViewer.From(current.Principal!) is { } signedIn
            && (signedIn.AgencyCode != link.AgencyCode || signedIn.Caller.Role != link.Role))
        {
            // Someone signed in for one agency opens another agency's link: say so rather than switch silently.
            return ForeignLink(http, t, signedIn, token, antiforgery.GetAndStoreTokens(http));
        }
        if (!current.Succeeded || PortalViewer.From(current.Principal!).Scope is not null)
        {
            await http.SignInAsync(PortalApi.CookieScheme, PortalSession.ForLink(link, now));
        }
        // Off the address bar at once: the token is a credential, and the page's own address is not.
        return Results.Redirect($"/portal/consultations/{link.ConsultationId}");
    }

    /// <summary>Ends the current session and opens the link afresh, when the person chose to.</summary>
    public static async Task<IResult> SignOutAndOpen(HttpContext http, IFormCollection form, PortalLinks links, TimeProvider clock)
    {
        var token = form["token"].ToString();
        await http.SignOutAsync(PortalApi.CookieScheme);
        return links.Read(token, clock.GetUtcNow()).Status == PortalLinkStatus.Valid
            ? Results.Redirect($"/portal/link/{Uri.EscapeDataString(token)}")
            : Results.Redirect("/portal/sign-in");
    }

    private static IResult ForeignLink(HttpContext http, PortalText t, PortalViewer signedIn, string token, AntiforgeryTokenSet tokens)
    {
        var body = $"""
            <h1>{E(t.T("Đường liên kết dành cho đơn vị khác", "This link is for another agency"))}</h1>
            {Notice(t.T(
                $"Bạn đang đăng nhập với tư cách đơn vị {signedIn.AgencyCode}. Đường liên kết này được gửi cho một đơn vị khác, nên không mở trong phiên làm việc hiện tại.",
                $"You are signed in for {signedIn.AgencyCode}. This link was sent to another agency, so it does not open in your session."), error: true)}
            <p>{E(t.T("Nếu thư này gửi đúng cho bạn, hãy đăng xuất rồi mở liên kết.", "If the email was meant for you, sign out and open the link."))}</p>
            {Form("/portal/link/sign-out", tokens, $"""<input type="hidden" name="token" value="{E(token)}">""", t.T("Đăng xuất và mở liên kết", "Sign out and open the link"))}
            <p><a href="/portal">{E(t.T("Về hộp việc của đơn vị", "Back to your inbox"))}</a></p>
            """;
        return PortalApi.Html(http, Page(t, t.T("Liên kết của đơn vị khác", "Another agency's link"), body, null, null), StatusCodes.Status403Forbidden);
    }

    private static IResult Refuse(HttpContext http, PortalText t, string title, string text, int status)
    {
        var body = $"""
            <h1>{E(title)}</h1>
            {Notice(text, error: true)}
            <p><a href="/portal/sign-in">{E(t.T("Đăng nhập bằng khóa truy cập", "Sign in with an access key"))}</a></p>
            """;
        return PortalApi.Html(http, Page(t, title, body, null, null), status);
    }
}

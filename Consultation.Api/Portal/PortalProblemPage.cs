using Consultation.Api.Problems;
using static Consultation.Api.Portal.PortalHtml;

namespace Consultation.Api.Portal;

/// <summary>
/// What the pipeline refuses on a portal address (a stale form, an unknown page, too many requests, the
/// database away) reads as a page in words, not as JSON meant for programs; the status is the same.
/// </summary>
public static class PortalProblemPage
{
    public static bool Applies(HttpContext context) => context.Request.Path.StartsWithSegments("/portal");

    public static async Task WriteAsync(HttpContext context, int status, string code, object[] args)
    {
        var t = PortalApi.Text(context, null);
        var message = Messages.Get(code, t.English ? Lang.En : Lang.Vi, args);
        var body = $"""
            <h1>{E(status >= 500 ? t.T("Hệ thống tạm thời chưa xử lý được", "The service could not do this just now") : t.T("Chưa thực hiện được", "This could not be done"))}</h1>
            {Notice(message, error: true)}
            <p><a href="/portal">{E(t.T("Về hộp việc", "Back to the inbox"))}</a></p>
            """;
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        PortalApi.Protect(context);
        await context.Response.WriteAsync(Page(t, t.T("Chưa thực hiện được", "Not done"), body, null, null));
    }
}

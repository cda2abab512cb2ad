using System.Security.Claims;
using Consultation.Api.Auth;
using Consultation.Api.Problems;
using Consultation.Core.Auth;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;

namespace Consultation.Api.Portal;

/// <summary>
/// The agencies' own pages: sign in with the agency's key (a cookie session, re-checked like the ops
/// page's) or from a link in an email (one consultation only). Every change is a form POST with an
/// antiforgery token, handled by the same handlers as the API, so a page and a call cannot disagree.
/// </summary>
public static class PortalApi
{
    public const string CookieScheme = "PortalCookie";
    public const string Policy = "portal-page";

    /// <summary>What changes a consultation: an agency's session, as the API's agency policy; the supervisor reads only.</summary>
    public const string AgencyPolicy = "portal-agency";
    private const string LanguageCookie = "consultation-portal-lang";

    public static IEndpointRouteBuilder MapPortalPages(this IEndpointRouteBuilder routes)
    {
        var open = routes.MapGroup("/portal").ExcludeFromDescription().AllowAnonymous();
        open.MapGet("/portal.css", PortalAssets.Css);
        open.MapGet("/portal.js", PortalAssets.Script);
        open.MapGet("/sign-in", SignInForm);
        open.MapPost("/sign-in", SignIn);
        open.MapGet("/link/{token}", PortalLinkPages.Open);
        open.MapPost("/link/sign-out", PortalLinkPages.SignOutAndOpen);

        var pages = routes.MapGroup("/portal").ExcludeFromDescription().RequireAuthorization(Policy);
        pages.MapPost("/sign-out", SignOut);
        pages.MapGet("/", PortalInbox.Show);
        pages.MapGet("/consultations/{id:guid}", PortalConsultations.Show);
        var changes = pages.MapGroup("/consultations/{id:guid}").RequireAuthorization(AgencyPolicy);
        changes.MapPost("/assessment", PortalConsultations.Preview);
        changes.MapPost("/answer", PortalConsultations.Answer);
        changes.MapPost("/assignments/{agencyCode}/review", PortalLeadActions.Review);
        changes.MapPost("/assignments/{agencyCode}/extension", PortalLeadActions.Extend);
        changes.MapPost("/assignments/{agencyCode}/redirect", PortalLeadActions.Redirect);
        changes.MapPost("/close", PortalLeadActions.Close);
        pages.MapGet("/reports", PortalReports.Show);
        pages.MapGet("/reports/download", PortalReports.Download);
        pages.MapGet("/dashboard", PortalDashboard.Show);
        pages.MapGet("/dashboard/reports/{id:guid}/{format}", PortalStoredReports.Download);
        return routes;
    }

    public static IResult SignInForm(HttpContext http, IAntiforgery antiforgery, string? lang) =>
        Html(http, SignInPage(Text(http, lang), antiforgery.GetAndStoreTokens(http), failed: false));

    // The form binding makes the antiforgery middleware check the token before this runs.
    public static async Task<IResult> SignIn(
        HttpContext http, [FromForm] string key, ApiKeyValidator validator, IAntiforgery antiforgery, TimeProvider clock, CancellationToken ct)
    {
        var claims = await validator.ValidateAsync(key, ct);
        var role = claims?.Find(c => c.Type == ClaimTypes.Role)?.Value;
        // The portal is for agencies and the supervisor; an ops or admin key has the ops page.
        if (claims is null || role is not (Roles.Agency or Roles.Supervisor) || !claims.Exists(c => c.Type == Caller.AgencyClaim))
        {
            return Html(http, SignInPage(Text(http, null), antiforgery.GetAndStoreTokens(http), failed: true), StatusCodes.Status401Unauthorized);
        }
        await http.SignInAsync(CookieScheme, PortalSession.ForKey(claims, clock.GetUtcNow()));
        return Results.Redirect("/portal");
    }

    public static async Task<IResult> SignOut(HttpContext http, IAntiforgery antiforgery)
    {
        await antiforgery.ValidateRequestAsync(http);
        await http.SignOutAsync(CookieScheme);
        return Results.Redirect("/portal/sign-in");
    }

    /// <summary>
    /// The page language: <c>?lang=</c> switches and is remembered; the API handlers the pages call write
    /// their messages in the same language.
    /// </summary>
    public static PortalText Text(HttpContext http, string? lang)
    {
        if (lang is null && http.Items[typeof(PortalText)] is PortalText chosen)
        {
            return chosen;
        }
        var english = lang is "vi" or "en" ? lang == "en" : http.Request.Cookies[LanguageCookie] == "en";
        if (lang is "vi" or "en")
        {
            http.Response.Cookies.Append(LanguageCookie, lang, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, Path = "/portal" });
        }
        http.Items[LangExtensions.OverrideKey] = english ? Lang.En : Lang.Vi;
        var text = new PortalText(english) { Switch = SwitchAddress(http, english ? "vi" : "en") };
        http.Items[typeof(PortalText)] = text;
        return text;
    }

    /// <summary>
    /// The page in the other language. A page shown after a form was posted (with the form's messages) has
    /// no address of its own to GET: its switch leads to the consultation it belongs to, or to the inbox.
    /// </summary>
    private static string SwitchAddress(HttpContext http, string lang)
    {
        var request = http.Request;
        if (HttpMethods.IsGet(request.Method))
        {
            var query = request.Query.Where(q => q.Key is not ("lang" or "notice")).Select(q => KeyValuePair.Create(q.Key, q.Value.ToString())).ToList();
            query.Add(KeyValuePair.Create("lang", lang));
            return request.PathBase + request.Path + QueryString.Create(query!);
        }
        var segments = request.Path.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries) ?? [];
        var page = segments is ["portal", "consultations", var id, ..] && Guid.TryParse(id, out _) ? $"/portal/consultations/{id}" : "/portal";
        return $"{request.PathBase}{page}?lang={lang}";
    }

    /// <summary>A page as the answer: never cached, never framed, no address sent on to other sites.</summary>
    public static IResult Html(HttpContext http, string page, int status = StatusCodes.Status200OK)
    {
        Protect(http);
        return Results.Content(page, "text/html; charset=utf-8", null, status);
    }

    /// <summary>The headers of every portal page, also of a refusal written by the pipeline.</summary>
    public static void Protect(HttpContext http)
    {
        var headers = http.Response.Headers;
        headers.CacheControl = "no-store";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'";
    }

    private static string SignInPage(PortalText t, AntiforgeryTokenSet token, bool failed) => PortalHtml.Page(t, t.T("Đăng nhập", "Sign in"), $"""
        <h1>{PortalHtml.E(t.T("Đăng nhập Cổng phối hợp lấy ý kiến", "Sign in to the consultation portal"))}</h1>
        <p>{PortalHtml.E(t.T(
            "Dùng khóa truy cập của cơ quan, đơn vị, hoặc mở đường liên kết trong thư thông báo.",
            "Use your agency's access key, or open the link in a notification email."))}</p>
        {PortalHtml.Notice(failed ? t.T("Khóa không hợp lệ, đã bị thu hồi, hoặc không phải khóa của cơ quan, đơn vị.", "The key is not valid, was revoked, or is not an agency's key.") : null, error: true)}
        {PortalHtml.Form("/portal/sign-in", token,
            $"""<p><label for="key">{PortalHtml.E(t.T("Khóa truy cập", "Access key"))}</label><input type="password" id="key" name="key" autocomplete="off" required></p>""",
            t.T("Đăng nhập", "Sign in"))}
        """, null, null);
}

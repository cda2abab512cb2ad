using System.Security.Claims;
using Consultation.Api.Auth;
using Consultation.Api.Webhooks;
using Consultation.Core.Auditing;
using Consultation.Core.Auth;
using Consultation.Core.Mail;
using Consultation.Core.Webhooks;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;

namespace Consultation.Api.Ops;

/// <summary>
/// The ops page: sign in with an ops or admin key through a form, then a cookie session. Every
/// POST carries an antiforgery token; nothing but the sign-in form is reachable signed out.
/// </summary>
public static class OpsApi
{
    public const string CookieScheme = "OpsCookie";
    public const string Policy = "ops-page";
    private const string LanguageCookie = "consultation-ops-lang";

    public static IEndpointRouteBuilder MapOpsPages(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/ops").ExcludeFromDescription();
        group.MapGet("/", Dashboard).RequireAuthorization(Policy);
        group.MapGet("/sign-in", SignInForm).AllowAnonymous();
        group.MapPost("/sign-in", SignIn).AllowAnonymous();
        group.MapPost("/sign-out", SignOut).RequireAuthorization(Policy);
        group.MapPost("/mails/{id:guid}/redrive", Redrive).RequireAuthorization(Policy);
        group.MapPost("/webhook-deliveries/{id:guid}/redrive", RedriveWebhook).RequireAuthorization(Policy);
        return routes;
    }

    public static async Task<IResult> Dashboard(HttpContext http, OpsDashboard dashboard, IAntiforgery antiforgery, string? lang, string? notice, CancellationToken ct)
    {
        var t = Text(http, lang);
        var view = await dashboard.ReadAsync(ct);
        var message = notice switch
        {
            "redriven" => t.T("Đã đưa thư vào hàng gửi lại.", "The email is queued to be sent again."),
            "not-failed" => t.T("Thư này không còn ở trạng thái lỗi; không gửi lại.", "That email is no longer failed; nothing was re-sent."),
            "webhook-redriven" => t.T("Đã đưa webhook vào hàng gửi lại.", "The webhook delivery is queued to be sent again."),
            "webhook-not-failed" => t.T("Lần gửi webhook này không còn ở trạng thái lỗi; không gửi lại.", "That webhook delivery is no longer failed; nothing was re-sent."),
            _ => null,
        };
        http.Response.Headers.CacheControl = "no-store";
        return Results.Content(OpsPage.Dashboard(view, t, antiforgery.GetAndStoreTokens(http), message), "text/html; charset=utf-8");
    }

    public static IResult SignInForm(HttpContext http, IAntiforgery antiforgery, string? lang) =>
        Results.Content(OpsPage.SignIn(Text(http, lang), antiforgery.GetAndStoreTokens(http), failed: false), "text/html; charset=utf-8");

    // The form binding makes the antiforgery middleware check the token before this runs.
    public static async Task<IResult> SignIn(
        HttpContext http, [FromForm] string key, ApiKeyValidator validator, IAntiforgery antiforgery, TimeProvider clock, CancellationToken ct)
    {
        var claims = await validator.ValidateAsync(key, ct);
        var role = claims?.FirstOrDefault(c => c.Type == ClaimTypes.Role)?.Value;
        if (claims is null || role is not (Roles.Ops or Roles.Admin))
        {
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Results.Content(OpsPage.SignIn(Text(http, null), antiforgery.GetAndStoreTokens(http), failed: true), "text/html; charset=utf-8", null, 401);
        }
        claims.AddRange(OpsSessionCheck.SessionClaims(key, clock.GetUtcNow(), claims));
        await http.SignInAsync(CookieScheme, new ClaimsPrincipal(new ClaimsIdentity(claims, CookieScheme)));
        return Results.Redirect("/ops");
    }

    public static async Task<IResult> SignOut(HttpContext http, IAntiforgery antiforgery)
    {
        await antiforgery.ValidateRequestAsync(http);
        await http.SignOutAsync(CookieScheme);
        return Results.Redirect("/ops/sign-in");
    }

    public static async Task<IResult> Redrive(
        Guid id, HttpContext http, IAntiforgery antiforgery, MailQueue mail, Core.Data.Db db, TimeProvider clock, CancellationToken ct)
    {
        await antiforgery.ValidateRequestAsync(http);
        var redriven = await mail.RetryFailedAsync(id, ct);
        if (redriven)
        {
            await db.InTransactionAsync(async (connection, transaction) =>
            {
                await AuditLog.AppendAsync(connection, transaction, new AuditEntry
                {
                    At = clock.GetUtcNow(),
                    Actor = Caller.From(http.User).Actor,
                    Action = "mail.redriven",
                    Entity = "mail",
                    EntityId = id.ToString(),
                });
                return 0;
            }, ct);
        }
        return Results.Redirect($"/ops?notice={(redriven ? "redriven" : "not-failed")}");
    }

    public static async Task<IResult> RedriveWebhook(
        Guid id, HttpContext http, IAntiforgery antiforgery, WebhookOutbox webhooks, Core.Data.Db db, TimeProvider clock, CancellationToken ct)
    {
        await antiforgery.ValidateRequestAsync(http);
        var redriven = await WebhookRedrive.RedriveAsync(id, webhooks, db, clock, Caller.From(http.User), ct);
        return Results.Redirect($"/ops?notice={(redriven ? "webhook-redriven" : "webhook-not-failed")}");
    }

    private static OpsText Text(HttpContext http, string? lang)
    {
        if (lang is "vi" or "en")
        {
            http.Response.Cookies.Append(LanguageCookie, lang, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Path = "/ops" });
            return new OpsText(lang == "en");
        }
        return new OpsText(http.Request.Cookies[LanguageCookie] == "en");
    }
}

using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Antiforgery;

namespace Consultation.Api.Portal;

/// <summary>
/// The portal's page frame: a skip link, one navigation, one main region, styles readable on a phone.
/// Every value from data goes through <see cref="E"/>.
/// </summary>
public static class PortalHtml
{
    public const string Title = "Cổng phối hợp lấy ý kiến";

    // Vietnamese letters stay letters (the default encoder writes each as an entity); markup characters are still encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string E(object? value) => Encoder.Encode(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "");

    /// <summary>A whole page. <paramref name="viewer"/> null: signed out (sign-in and link pages), no navigation.</summary>
    public static string Page(PortalText t, string title, string body, PortalViewer? viewer, AntiforgeryTokenSet? token) => $$"""
        <!doctype html>
        <html lang="{{(t.English ? "en" : "vi")}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{E(title)}} — {{E(t.T(Title, "Consultation portal"))}}</title>
        <link rel="stylesheet" href="/portal/portal.css">
        <script src="/portal/portal.js" defer></script>
        </head>
        <body>
        <a class="skip" href="#main">{{E(t.T("Bỏ qua, đến nội dung chính", "Skip to main content"))}}</a>
        <header>
        <p class="brand"><a href="/portal">{{E(t.T(Title, "Consultation portal"))}}</a></p>
        {{Navigation(t, viewer, token)}}
        </header>
        <main id="main" tabindex="-1">
        {{body}}
        </main>
        </body>
        </html>
        """;

    public static string Form(string action, AntiforgeryTokenSet token, string fields, string button, string? css = null) =>
        $"""<form method="post" action="{E(action)}"{(css is null ? "" : $" class=\"{css}\"")}>{Token(token)}{fields}<button type="submit">{E(button)}</button></form>""";

    public static string Token(AntiforgeryTokenSet token) =>
        $"""<input type="hidden" name="{E(token.FormFieldName)}" value="{E(token.RequestToken)}">""";

    /// <summary>A notice after an action (role status, read out by screen readers), or an error (role alert).</summary>
    public static string Notice(string? text, bool error = false) => text is null
        ? ""
        : error
            ? $"""<p class="notice bad" role="alert" id="error">{E(text)}</p>"""
            : $"""<p class="notice ok" role="status" id="notice">{E(text)}</p>""";

    /// <summary>A time as people in Vietnam read it, "16:30 ngày 07/12/2026".</summary>
    public static string Time(DateTimeOffset at, PortalText t) =>
        at.ToOffset(TimeSpan.FromHours(7)).ToString(t.English ? "HH:mm, dd/MM/yyyy" : "HH:mm 'ngày' dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>A civil date as written in Vietnam, "07/12/2026".</summary>
    public static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string Navigation(PortalText t, PortalViewer? viewer, AntiforgeryTokenSet? token)
    {
        var language = t.English
            ? $"""<a href="{E(t.Switch)}" lang="vi">Tiếng Việt</a>"""
            : $"""<a href="{E(t.Switch)}" lang="en">English</a>""";
        if (viewer is null || token is null)
        {
            return $"""<nav aria-label="{E(t.T("Ngôn ngữ", "Language"))}">{language}</nav>""";
        }
        var links = viewer.Scope is { } scope
            ? $"""<a href="/portal/consultations/{scope}">{E(t.T("Hồ sơ được mở từ thư", "The consultation from your email"))}</a>"""
            : $"""<a href="/portal">{E(t.T("Hộp việc", "Inbox"))}</a> <a href="/portal/reports">{E(t.T("Báo cáo", "Reports"))}</a>"""
                + (viewer.IsSupervisor ? $""" <a href="/portal/dashboard">{E(t.T("Theo dõi toàn tỉnh", "Province dashboard"))}</a>""" : "");
        return $"""
            <nav aria-label="{E(t.T("Điều hướng chính", "Main navigation"))}">{links} {language}
            <span class="who">{E(t.T("Đơn vị", "Agency"))}: <b>{E(viewer.AgencyCode)}</b>{(viewer.IsSupervisor ? E(t.T(" (giám sát)", " (supervisor)")) : "")}</span>
            {Form("/portal/sign-out", token, "", t.T("Đăng xuất", "Sign out"), "inline")}</nav>
            """;
    }
}

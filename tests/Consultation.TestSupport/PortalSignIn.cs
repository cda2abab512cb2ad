using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Consultation.TestSupport;

/// <summary>The agencies' portal as a browser uses it: cookies kept, redirects not followed, forms posted with their antiforgery token.</summary>
public static partial class PortalSignIn
{
    /// <summary>Posts the portal's sign-in form with <paramref name="key"/>; <paramref name="browser"/> must keep cookies.</summary>
    public static Task<HttpResponseMessage> PostAsync(HttpClient browser, string key) => OpsSignIn.PostFormAsync(browser, "/portal/sign-in", key);

    /// <summary>A browser that keeps cookies and follows no redirect, signed in with <paramref name="key"/>.</summary>
    public static async Task<HttpClient> BrowserAsync(ConsultationApiFactory factory, string key)
    {
        var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var signedIn = await PostAsync(browser, key);
        Assert.That(signedIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await signedIn.Content.ReadAsStringAsync());
        Assert.That(SessionCookie(signedIn), Does.Contain("path=/portal"));
        return browser;
    }

    /// <summary>The session cookie's <c>Set-Cookie</c> line in a sign-in's response.</summary>
    public static string SessionCookie(HttpResponseMessage signedIn) => OpsSignIn.Cookie(signedIn, "consultation-portal");

    /// <summary>Reads the antiforgery token from the page at <paramref name="page"/>, then posts <paramref name="fields"/> to <paramref name="action"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient browser, string page, string action, IDictionary<string, string> fields)
    {
        var html = await browser.GetStringAsync(page);
        var token = Token().Match(html);
        Assert.That(token.Success, Is.True, html);
        var form = new Dictionary<string, string>(fields) { [token.Groups[1].Value] = WebUtility.HtmlDecode(token.Groups[2].Value) };
        return await browser.PostAsync(action, new FormUrlEncodedContent(form));
    }

    [GeneratedRegex("""<input type="hidden" name="([^"]+)" value="([^"]+)">""")]
    private static partial Regex Token();
}

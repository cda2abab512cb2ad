using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Consultation.TestSupport;

/// <summary>The agency portal as a browser uses it: cookies kept, redirects not followed, forms posted with their antiforgery token.</summary>
public static partial class PortalSignIn
{
    /// <summary>A browser signed in to the portal with <paramref name="key"/>.</summary>
    public static async Task<HttpClient> BrowserAsync(ConsultationApiFactory factory, string key)
    {
        var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var signedIn = await PostAsync(browser, key);
        Assert.That(signedIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await signedIn.Content.ReadAsStringAsync());
        return browser;
    }

    /// <summary>Posts the sign-in form with <paramref name="key"/>.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient browser, string key) =>
        await PostFormAsync(browser, "/portal/sign-in", "/portal/sign-in", new Dictionary<string, string> { ["key"] = key });

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

using System.Net;
using System.Text.RegularExpressions;

namespace Consultation.TestSupport;

/// <summary>Signing in to the ops page as a browser does: the form's antiforgery token, then the key.</summary>
public static partial class OpsSignIn
{
    /// <summary>Posts the sign-in form with <paramref name="key"/>; <paramref name="browser"/> must keep cookies.</summary>
    public static Task<HttpResponseMessage> PostAsync(HttpClient browser, string key) => PostFormAsync(browser, "/ops/sign-in", key);

    /// <summary>A key sign-in form at <paramref name="path"/>, the ops page's or the portal's: the same fields, the same token.</summary>
    internal static async Task<HttpResponseMessage> PostFormAsync(HttpClient browser, string path, string key)
    {
        var form = await browser.GetStringAsync(path);
        var token = Token().Match(form);
        Assert.That(token.Success, Is.True, form);
        return await browser.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [token.Groups[1].Value] = WebUtility.HtmlDecode(token.Groups[2].Value),
            ["key"] = key,
        }));
    }

    /// <summary>The session cookie's <c>Set-Cookie</c> line in a sign-in's response.</summary>
    public static string SessionCookie(HttpResponseMessage signedIn) => Cookie(signedIn, "consultation-ops");

    internal static string Cookie(HttpResponseMessage signedIn, string name)
    {
        var cookie = signedIn.Headers.TryGetValues("Set-Cookie", out var values)
            ? values.SingleOrDefault(v => v.StartsWith($"{name}=", StringComparison.Ordinal))
            : null;
        Assert.That(cookie, Is.Not.Null, $"signed in ({(int)signedIn.StatusCode})");
        return cookie!;
    }

    [GeneratedRegex("""<input type="hidden" name="([^"]+)" value="([^"]+)">""")]
    private static partial Regex Token();
}

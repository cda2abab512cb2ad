using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Consultation.TestSupport;

/// <summary>Signing in to the agencies' portal as a browser does, through its form with the antiforgery token.</summary>
public static class PortalSignIn
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
}

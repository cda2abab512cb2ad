using System.Globalization;
using System.Security.Claims;
using Consultation.Api.Auth;
using Consultation.Api.Ops;
using Consultation.Core.Agencies;
using Consultation.Core.Auth;
using Consultation.Core.Portal;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace Consultation.Api.Portal;

/// <summary>
/// Portal sessions, opened with an agency's key or from an email link, re-checked on every request as
/// the ops page's are: a revoked key, an agency made inactive, a role no longer allowed, an expired link
/// or the absolute limit since signing in ends it at once.
/// </summary>
public static class PortalSession
{
    /// <summary>The claims of a key session: the key's own, and when it began.</summary>
    public static ClaimsPrincipal ForKey(List<Claim> keyClaims, DateTimeOffset now)
    {
        keyClaims.Add(SignedIn(now));
        return Principal(keyClaims);
    }

    /// <summary>
    /// The claims of a link session: the agency the link was made for, its role, and the one consultation
    /// it opens. The link's id stands where a key prefix would, so the audit log names the link.
    /// </summary>
    public static ClaimsPrincipal ForLink(PortalLink link, DateTimeOffset now) => Principal(
    [
        new Claim(ClaimTypes.NameIdentifier, $"link:{link.Id:N}"),
        new Claim(ClaimTypes.Role, link.Role),
        new Claim(Caller.AgencyClaim, link.AgencyCode),
        new Claim(PortalViewer.ScopeClaim, link.ConsultationId.ToString()),
        new Claim(PortalViewer.LinkExpiresClaim, link.ExpiresAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)),
        SignedIn(now),
    ]);

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var limits = services.GetRequiredService<IOptions<OpsSessionOptions>>().Value;
        if (context.Principal is not { } principal || !await IsLiveAsync(principal, now, limits, services, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(PortalApi.CookieScheme);
        }
    }

    private static async Task<bool> IsLiveAsync(ClaimsPrincipal principal, DateTimeOffset now, OpsSessionOptions limits, IServiceProvider services, CancellationToken ct)
    {
        if (!OpsSessionCheck.WithinAbsoluteLimit(principal, now, limits))
        {
            return false;
        }
        var caller = Caller.From(principal);
        if (caller.AgencyCode is null || caller.Role is not (Roles.Agency or Roles.Supervisor))
        {
            return false;
        }
        if (principal.FindFirstValue(PortalViewer.ScopeClaim) is not null)
        {
            return long.TryParse(principal.FindFirstValue(PortalViewer.LinkExpiresClaim), CultureInfo.InvariantCulture, out var expires)
                && now < DateTimeOffset.FromUnixTimeMilliseconds(expires)
                && await services.GetRequiredService<AgencyStore>().FindAsync(caller.AgencyCode, ct) is { Active: true };
        }
        var stored = await services.GetRequiredService<ApiKeyStore>().FindAsync(caller.KeyPrefix, ct);
        return stored is { IsLive: true } && stored.Role == caller.Role && stored.AgencyCode == caller.AgencyCode;
    }

    private static Claim SignedIn(DateTimeOffset now) =>
        new(OpsSessionCheck.SignedInAtClaim, now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture));

    private static ClaimsPrincipal Principal(List<Claim> claims) => new(new ClaimsIdentity(claims, PortalApi.CookieScheme));
}

using System.Globalization;
using System.Security.Claims;
using Consultation.Api.Auth;
using Consultation.Core.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace Consultation.Api.Ops;

/// <summary>
/// Re-checks an ops page session on every request against the key it was opened with: a revoked
/// key, a key of an agency made inactive, a role no longer allowed, or a bootstrap key that was
/// changed or removed ends it at once; so does the absolute limit since signing in.
/// </summary>
public static class OpsSessionCheck
{
    public const string SignedInAtClaim = "consultation:signed_in_at";
    public const string BootstrapClaim = "consultation:bootstrap_key_hash";

    /// <summary>The claims a session carries beyond the key's own: when it began, and which bootstrap key opened it.</summary>
    public static IEnumerable<Claim> SessionClaims(string key, DateTimeOffset now, IReadOnlyCollection<Claim> keyClaims)
    {
        yield return new Claim(SignedInAtClaim, now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture));
        if (keyClaims.Any(c => c.Type == ClaimTypes.NameIdentifier && c.Value == ApiKeyValidator.BootstrapPrefix))
        {
            yield return new Claim(BootstrapClaim, ApiKeySecret.Hash(key));
        }
    }

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var limits = services.GetRequiredService<IOptions<OpsSessionOptions>>().Value;
        var principal = context.Principal;
        if (principal is null || !await IsLiveAsync(principal, now, limits, services, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(OpsApi.CookieScheme);
        }
    }

    /// <summary>Whether the session began, as its claim says, no longer ago than the absolute limit; the portal's sessions share it.</summary>
    public static bool WithinAbsoluteLimit(ClaimsPrincipal principal, DateTimeOffset now, OpsSessionOptions limits) =>
        long.TryParse(principal.FindFirstValue(SignedInAtClaim), CultureInfo.InvariantCulture, out var since)
        && now - DateTimeOffset.FromUnixTimeMilliseconds(since) <= limits.AbsoluteExpiration;

    private static async Task<bool> IsLiveAsync(ClaimsPrincipal principal, DateTimeOffset now, OpsSessionOptions limits, IServiceProvider services, CancellationToken ct)
    {
        if (!WithinAbsoluteLimit(principal, now, limits))
        {
            return false;
        }
        var prefix = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (prefix == ApiKeyValidator.BootstrapPrefix)
        {
            var bootstrap = services.GetRequiredService<IOptionsMonitor<AuthOptions>>().CurrentValue.BootstrapAdminKey;
            return !string.IsNullOrEmpty(bootstrap) && principal.FindFirstValue(BootstrapClaim) == ApiKeySecret.Hash(bootstrap);
        }
        var stored = prefix is null ? null : await services.GetRequiredService<ApiKeyStore>().FindAsync(prefix, ct);
        return stored is { IsLive: true, Role: Roles.Ops or Roles.Admin };
    }
}

using System.Security.Claims;
using Consultation.Core.Auth;
using Microsoft.Extensions.Options;

namespace Consultation.Api.Auth;

/// <summary>Turns a presented key into the caller's claims, for the X-Api-Key header and the ops sign-in form alike.</summary>
public sealed class ApiKeyValidator(ApiKeyStore keys, IOptions<AuthOptions> auth)
{
    public const string BootstrapPrefix = "bootstrap";

    /// <summary>The caller's claims, or null for an unknown, malformed or revoked key, or a key of an inactive agency.</summary>
    public async Task<List<Claim>?> ValidateAsync(string key, CancellationToken cancellationToken)
    {
        var bootstrap = auth.Value.BootstrapAdminKey;
        if (!string.IsNullOrEmpty(bootstrap) && ApiKeySecret.Matches(key, ApiKeySecret.Hash(bootstrap)))
        {
            return Claims(BootstrapPrefix, Roles.Admin, null);
        }
        var prefix = ApiKeySecret.PrefixOf(key);
        var stored = prefix is null ? null : await keys.FindAsync(prefix, cancellationToken);
        if (stored is null || !stored.IsLive || !ApiKeySecret.Matches(key, stored.Hash))
        {
            return null;
        }
        return Claims(stored.Prefix, stored.Role, stored.AgencyCode);
    }

    private static List<Claim> Claims(string prefix, string role, string? agencyCode)
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, prefix), new(ClaimTypes.Role, role) };
        if (agencyCode is not null)
        {
            claims.Add(new Claim(Caller.AgencyClaim, agencyCode));
        }
        return claims;
    }
}

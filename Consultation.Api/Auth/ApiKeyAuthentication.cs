using System.Security.Claims;
using System.Text.Encodings.Web;
using Consultation.Api.Problems;
using Consultation.Core.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Consultation.Api.Auth;

/// <summary>Authenticates the <c>X-Api-Key</c> header against stored key hashes and the bootstrap key.</summary>
public sealed class ApiKeyAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyStore keys,
    IOptions<AuthOptions> auth)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";
    private const string BootstrapPrefix = "bootstrap";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var values) || values.Count != 1 || string.IsNullOrEmpty(values[0]))
        {
            return AuthenticateResult.NoResult();
        }
        var key = values[0]!;
        var bootstrap = auth.Value.BootstrapAdminKey;
        if (!string.IsNullOrEmpty(bootstrap) && ApiKeySecret.Matches(key, ApiKeySecret.Hash(bootstrap)))
        {
            return Success(BootstrapPrefix, Roles.Admin, null);
        }
        var prefix = ApiKeySecret.PrefixOf(key);
        var stored = prefix is null ? null : await keys.FindAsync(prefix, Context.RequestAborted);
        if (stored is null || stored.RevokedAt is not null || !ApiKeySecret.Matches(key, stored.Hash))
        {
            return AuthenticateResult.Fail("Unknown or revoked API key.");
        }
        return Success(stored.Prefix, stored.Role, stored.AgencyCode);
    }

    private AuthenticateResult Success(string prefix, string role, string? agencyCode)
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, prefix), new(ClaimTypes.Role, role) };
        if (agencyCode is not null)
        {
            claims.Add(new Claim(Caller.AgencyClaim, agencyCode));
        }
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        ProblemWriter.WriteAsync(Context, StatusCodes.Status401Unauthorized, "unauthorized");

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ProblemWriter.WriteAsync(Context, StatusCodes.Status403Forbidden, "forbidden");
}

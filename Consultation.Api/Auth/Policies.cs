using Consultation.Core.Auth;

namespace Consultation.Api.Auth;

public static class Policies
{
    public const string Admin = "admin";
    public const string Agency = "agency";

    /// <summary>Reads consultations: agencies (scoped to their own) and the supervisor (everything).</summary>
    public const string Reader = "reader";

    public const string Authenticated = "authenticated";

    /// <summary>Manages webhook endpoints: an agency its own, the admin any agency's.</summary>
    public const string WebhookOwner = "webhook-owner";

    public static void AddConsultationPolicies(this Microsoft.AspNetCore.Authorization.AuthorizationBuilder builder) => builder
        .AddPolicy(Admin, p => p.RequireRole(Roles.Admin))
        .AddPolicy(Agency, p => p.RequireRole(Roles.Agency).RequireClaim(Caller.AgencyClaim))
        .AddPolicy(Reader, p => p.RequireRole(Roles.Agency, Roles.Supervisor).RequireClaim(Caller.AgencyClaim))
        .AddPolicy(WebhookOwner, p => p.RequireAssertion(c =>
            (c.User.IsInRole(Roles.Agency) && c.User.HasClaim(x => x.Type == Caller.AgencyClaim)) || c.User.IsInRole(Roles.Admin)))
        .AddPolicy(Authenticated, p => p.RequireAuthenticatedUser());
}

using Consultation.Api.Auth;
using Consultation.Api.Ops;
using Consultation.Core.Auth;
using Consultation.Worker.Hosting;

namespace Consultation.Api.Portal;

public static class PortalServices
{
    /// <summary>The portal's cookie session; its lengths are the ops page's (<c>Ops:Session</c>), bound there.</summary>
    public static IServiceCollection AddPortal(this IServiceCollection services, IConfiguration configuration)
    {
        var session = configuration.Read<OpsSessionOptions>(OpsSessionOptions.Section);
        services.AddAuthentication().AddCookie(PortalApi.CookieScheme, o =>
        {
            o.Cookie.Name = "consultation-portal";
            o.Cookie.HttpOnly = true;
            // Lax, not Strict: a link opened from an email is a navigation from another site, and the session it
            // opens must reach the page it redirects to. Every change is a POST with an antiforgery token.
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.Path = "/portal";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/portal/sign-in";
            o.AccessDeniedPath = "/portal/sign-in";
            o.ExpireTimeSpan = session.SlidingExpiration;
            o.SlidingExpiration = true;
            o.Events.OnValidatePrincipal = PortalSession.ValidateAsync;
        });
        services.AddAuthorizationBuilder().AddPolicy(PortalApi.Policy, p => p
            .AddAuthenticationSchemes(PortalApi.CookieScheme)
            .RequireRole(Roles.Agency, Roles.Supervisor)
            .RequireClaim(Caller.AgencyClaim))
            .AddPolicy(PortalApi.AgencyPolicy, p => p
                .AddAuthenticationSchemes(PortalApi.CookieScheme)
                .RequireRole(Roles.Agency)
                .RequireClaim(Caller.AgencyClaim));
        return services;
    }
}

using Consultation.Core.Auth;
using Consultation.Worker;
using Consultation.Worker.Hosting;

namespace Consultation.Api.Ops;

public static class OpsServices
{
    public static IServiceCollection AddOpsPage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMessagingSettings();
        services.AddHttpClient();
        services.AddAntiforgery(o => o.Cookie.Name = "consultation-ops-af");
        services.AddSingleton<BrokerQueues>();
        services.AddSingleton<OpsDashboard>();
        services.AddOptions<OpsSessionOptions>().BindConfiguration(OpsSessionOptions.Section)
            .Validate(o => o.SlidingExpiration > TimeSpan.Zero && o.AbsoluteExpiration >= o.SlidingExpiration,
                "Ops:Session: SlidingExpiration must be positive and AbsoluteExpiration at least as long.")
            .ValidateOnStart();
        var session = configuration.Read<OpsSessionOptions>(OpsSessionOptions.Section);
        services.AddAuthentication().AddCookie(OpsApi.CookieScheme, o =>
        {
            o.Cookie.Name = "consultation-ops";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.Path = "/ops";
            o.LoginPath = "/ops/sign-in";
            o.AccessDeniedPath = "/ops/sign-in";
            o.ExpireTimeSpan = session.SlidingExpiration;
            o.SlidingExpiration = true;
            // Secure whenever the page is served over https (behind the TLS proxy once forwarded headers are trusted).
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Events.OnValidatePrincipal = OpsSessionCheck.ValidateAsync;
        });
        services.AddAuthorizationBuilder().AddPolicy(OpsApi.Policy, p => p
            .AddAuthenticationSchemes(OpsApi.CookieScheme)
            .RequireRole(Roles.Ops, Roles.Admin));
        var workerHere = configuration.Read<WorkerOptions>(WorkerOptions.Section).Enabled;
        var rabbit = configuration.Read<MessagingOptions>(MessagingOptions.Section).Transport == MessageTransport.RabbitMq;
        if (!workerHere)
        {
            // With the worker in its own process the API still shows ops whether the broker and SMTP are reachable,
            // but does not need them to serve: they are not part of its readiness.
            services.AddMailSettings();
            var health = services.AddHealthChecks().AddCheck<SmtpHealthCheck>("smtp", tags: [OpsDashboard.ShownTag]);
            if (rabbit)
            {
                health.AddCheck<BrokerHealthCheck>("broker", tags: [OpsDashboard.ShownTag]);
            }
        }
        return services;
    }
}

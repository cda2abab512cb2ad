using System.Net;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Consultation.Api.Auth;
using Consultation.Api.Demo;
using Consultation.Api.Idempotency;
using Consultation.Api.OpenApi;
using Consultation.Api.Ops;
using Consultation.Api.Portal;
using Consultation.Api.Problems;
using Consultation.Core;
using Consultation.Hosting;
using Consultation.Worker;
using Consultation.Worker.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Consultation.Api.Hosting;

public static class ApiServices
{
    public static WebApplicationBuilder AddConsultationApi(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var dataFolder = Path.Combine(builder.Environment.ContentRootPath, "data");
        services.AddConsultationCore(builder.Configuration, Path.Combine(dataFolder, "consultation.db"));
        services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.Section)
            .Validate(o => o.MaxBodyBytes > 0 && o.RequestsPerMinute > 0 && o.MaxPageSize > 0, "Api limits must be positive.")
            .ValidateOnStart();
        services.AddOptions<ProxyOptions>().BindConfiguration(ProxyOptions.Section)
            .Validate(o => o.IsValid(), "Proxy:KnownProxies must hold IP addresses and Proxy:KnownNetworks networks in CIDR form (10.0.0.0/24).")
            .ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((forwarded, proxy) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var address in proxy.Value.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(address));
            }
            foreach (var network in proxy.Value.KnownNetworks)
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section)
            .Validate(o => o.BootstrapAdminKey is null || o.BootstrapAdminKey.Length >= AuthOptions.MinBootstrapKeyLength,
                $"Auth:BootstrapAdminKey must be at least {AuthOptions.MinBootstrapKeyLength} characters.")
            .Validate(o => o.BootstrapAdminKey != AuthOptions.DeployExample,
                "Auth:BootstrapAdminKey is still the example value from deploy/api.env; set a long random secret of your own.")
            .ValidateOnStart();
        services.AddOptions<IdempotencyOptions>().BindConfiguration(IdempotencyOptions.Section)
            .Validate(o => o.Retention > TimeSpan.Zero && o.ClaimTimeout > TimeSpan.Zero && o.ClaimTimeout < o.Retention && o.PruneInterval > TimeSpan.Zero,
                "Idempotency: Retention, ClaimTimeout (shorter than Retention) and PruneInterval must be positive.")
            .ValidateOnStart();
        services.AddHostedService<IdempotencyPruner>();
        services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section)
            .PostConfigure(o => o.KeysFile ??= Path.Combine(dataFolder, "demo-keys.txt"));
        services.AddSingleton<DemoSeeder>();
        // The embedded default runs the worker's jobs in this process; production runs Consultation.Worker apart.
        if (builder.Configuration.Read<WorkerOptions>(WorkerOptions.Section).Enabled)
        {
            services.AddConsultationWorker(builder.Configuration);
        }

        services.Configure<JsonOptions>(o =>
        {
            // A misspelt field would otherwise be silently dropped and the caller would never know.
            o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        });
        // Binding failures become exceptions that ExceptionProblems turns into problems naming the field.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
            c.ProblemDetails.Extensions["traceId"] = c.HttpContext.TraceIdentifier);
        services.AddExceptionHandler<ExceptionProblems>();

        services.AddAuthentication(ApiKeyAuthentication.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
        services.AddAuthorizationBuilder().AddConsultationPolicies();
        services.AddRateLimiter(o =>
        {
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var permits = context.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value.RequestsPerMinute;
                var partition = context.User.Identity?.IsAuthenticated == true
                    ? "key:" + Caller.From(context.User).KeyPrefix
                    : "ip:" + context.Connection.RemoteIpAddress;
                return RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = permits,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
            o.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return new ValueTask(ProblemWriter.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, "rate_limited"));
            };
        });
        builder.AddConsultationDefaults("consultation-api");
        services.AddOpsPage(builder.Configuration);
        services.AddPortal(builder.Configuration);
        services.AddSingleton<ApiKeyValidator>();
        services.AddOpenApi(o => o
            .AddDocumentTransformer<DocumentInfo>()
            .AddDocumentTransformer<ApiKeyOpenApi>()
            .AddSchemaTransformer<ProblemSchemas>()
            .AddOperationTransformer<CommonResponses>()
            .AddOperationTransformer<OperationExamples>());
        builder.WebHost.ConfigureKestrel((context, kestrel) =>
            kestrel.Limits.MaxRequestBodySize = context.Configuration.Read<ApiOptions>(ApiOptions.Section).MaxBodyBytes);
        return builder;
    }
}

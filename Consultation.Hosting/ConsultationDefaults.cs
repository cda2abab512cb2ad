using Consultation.Core.Data;
using Consultation.Core.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Consultation.Hosting;

/// <summary>
/// What the API and the Worker configure alike, once: health (live, and ready when the database
/// answers; each process adds its own readiness checks), metrics scraped at <c>/metrics</c> (the
/// service's own instruments, ASP.NET Core, HTTP client, runtime, MassTransit), traces and metrics
/// to an OTLP collector when <c>Telemetry:OtlpEndpoint</c> is set, and one data-protection key ring in
/// the database for every instance.
/// </summary>
public static class ConsultationDefaults
{
    /// <summary>How long the host waits for its services to stop after SIGTERM before it gives up on them.</summary>
    public static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(6);

    public static WebApplicationBuilder AddConsultationDefaults(this WebApplicationBuilder builder, string serviceName)
    {
        var services = builder.Services;
        services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.Section)
            .Validate(o => o.OtlpEndpoint is null || o.OtlpEndpoint.IsAbsoluteUri, "Telemetry:OtlpEndpoint must be an absolute URI, e.g. http://collector:4317.")
            .ValidateOnStart();
        var telemetry = builder.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        // systemd and Kubernetes kill ten seconds after SIGTERM: stopping must be over before, whatever is down.
        services.Configure<HostOptions>(o => o.ShutdownTimeout = ShutdownTimeout);
        services.AddHostedService<ShutdownDeadline>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        services.AddConsultationKeyRing();
        services.AddHostedService<PipelineGaugeRefresher>();
        var otel = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithMetrics(metrics => metrics
                .AddMeter(ConsultationMetrics.MeterName, "MassTransit")
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddPrometheusExporter());
        if (telemetry.OtlpEndpoint is { IsAbsoluteUri: true } otlp)
        {
            otel.WithTracing(tracing => tracing
                    .AddSource("MassTransit")
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation())
                .UseOtlpExporter(OpenTelemetry.Exporter.OtlpExportProtocol.Grpc, otlp);
        }
        return builder;
    }

    /// <summary>
    /// Data protection under one application name with its key ring in the database: what one process
    /// protects (a webhook secret, a portal link in an email, the ops session) every other one reads.
    /// </summary>
    public static IServiceCollection AddConsultationKeyRing(this IServiceCollection services)
    {
        services.AddSingleton<DatabaseKeyRing>();
        services.AddDataProtection().SetApplicationName("consultation");
        services.AddOptions<KeyManagementOptions>().Configure<DatabaseKeyRing>((keys, ring) => keys.XmlRepository = ring);
        return services;
    }

    /// <summary><c>/health/live</c> (the process answers), <c>/health/ready</c> (its "ready" checks pass) and <c>/metrics</c>.</summary>
    public static IEndpointRouteBuilder MapConsultationDefaults(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        app.MapPrometheusScrapingEndpoint("/metrics");
        return app;
    }
}

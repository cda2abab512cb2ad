using Consultation.Core.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Consultation.Worker.Hosting;

/// <summary>
/// OpenTelemetry for both processes: the service's own instruments, ASP.NET Core, HTTP client,
/// runtime and MassTransit, scraped at <c>/metrics</c>; traces and metrics also go to an OTLP
/// collector when <c>Telemetry:OtlpEndpoint</c> is set.
/// </summary>
public static class Telemetry
{
    public static IServiceCollection AddConsultationTelemetry(this IServiceCollection services, IConfiguration configuration, string serviceName)
    {
        services.AddHostedService<PipelineGaugeRefresher>();
        var otel = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithMetrics(metrics => metrics
                .AddMeter(ConsultationMetrics.MeterName, "MassTransit")
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddPrometheusExporter());
        var otlp = configuration["Telemetry:OtlpEndpoint"];
        if (!string.IsNullOrWhiteSpace(otlp))
        {
            otel.WithTracing(tracing => tracing
                    .AddSource("MassTransit")
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation())
                .UseOtlpExporter(OpenTelemetry.Exporter.OtlpExportProtocol.Grpc, new Uri(otlp));
        }
        return services;
    }

    public static IEndpointRouteBuilder MapMetrics(this IEndpointRouteBuilder app)
    {
        app.MapPrometheusScrapingEndpoint("/metrics");
        return app;
    }
}

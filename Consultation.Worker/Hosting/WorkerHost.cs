using Consultation.Core;
using Consultation.Core.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Consultation.Worker.Hosting;

public static class WorkerHost
{
    public static WebApplicationBuilder AddWorkerHost(this WebApplicationBuilder builder)
    {
        builder.Services.AddConsultationCore(builder.Configuration, Path.Combine(builder.Environment.ContentRootPath, "data", "consultation.db"));
        builder.Services.AddConsultationWorker(builder.Configuration);
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        builder.Services.AddConsultationTelemetry(builder.Configuration, "consultation-worker");
        return builder;
    }

    /// <summary>Applies the schema first, so a worker that starts before the API finds its tables.</summary>
    public static Task PrepareWorkerAsync(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value.MigrateOnStart)
        {
            app.Services.GetRequiredService<SchemaMigrator>().Migrate();
        }
        return Task.CompletedTask;
    }

    public static WebApplication MapWorkerEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        app.MapMetrics();
        return app;
    }
}

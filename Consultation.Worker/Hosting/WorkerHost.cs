using Consultation.Core;
using Consultation.Core.Data;
using Consultation.Hosting;
using Microsoft.Extensions.Options;

namespace Consultation.Worker.Hosting;

public static class WorkerHost
{
    public static WebApplicationBuilder AddWorkerHost(this WebApplicationBuilder builder)
    {
        builder.Services.AddConsultationCore(builder.Configuration, Path.Combine(builder.Environment.ContentRootPath, "data", "consultation.db"));
        builder.Services.AddConsultationWorker(builder.Configuration);
        return builder.AddConsultationDefaults("consultation-worker");
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
        app.MapConsultationDefaults();
        return app;
    }
}

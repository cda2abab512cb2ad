using Consultation.Worker.Hosting;

namespace Consultation.Worker;

/// <summary>The Worker process: Quartz jobs that escalate, MassTransit to publish and consume, health endpoints.</summary>
public static class Program
{
    public static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddWorkerHost();

        var app = builder.Build();
        await app.PrepareWorkerAsync();
        app.MapWorkerEndpoints();
        await app.RunAsync();
    }
}

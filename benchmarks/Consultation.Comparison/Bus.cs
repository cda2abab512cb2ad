using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Consultation.Comparison;

/// <summary>A contender's host: a MassTransit bus on its virtual host, with nothing consuming, publishing with confirms (the default).</summary>
internal static class Bus
{
    public static IHost Build(ContenderSettings settings, Action<IServiceCollection>? more = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddMassTransit(bus => bus.UsingRabbitMq((_, cfg) => cfg.Host("127.0.0.1", (ushort)settings.AmqpPort, settings.VirtualHost, h =>
        {
            h.Username("guest");
            h.Password("guest");
        })));
        more?.Invoke(builder.Services);
        return builder.Build();
    }
}

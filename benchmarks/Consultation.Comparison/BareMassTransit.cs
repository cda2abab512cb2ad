using System.Diagnostics;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Comparison;

/// <summary>Bare MassTransit publishes of the same event, 1,000 in flight and awaited together, as the worker's publisher sends a batch.</summary>
internal static class BareMassTransit
{
    private const int InFlight = 1000;

    public static async Task<Measured> RunAsync(ContenderSettings settings, CancellationToken cancellationToken)
    {
        using var host = Bus.Build(settings);
        await host.StartAsync(cancellationToken);
        try
        {
            var bus = host.Services.GetRequiredService<IBus>();
            var dueAt = DateTimeOffset.UtcNow;
            // One publish first: it declares the exchange and warms the send path, outside the time.
            await bus.Publish(Deadlines.Overdue(-1, dueAt), cancellationToken);
            var clock = Stopwatch.StartNew();
            for (var sent = 0; sent < settings.Count; sent += InFlight)
            {
                var window = Math.Min(InFlight, settings.Count - sent);
                await Task.WhenAll(Enumerable.Range(sent, window).Select(n => bus.Publish(Deadlines.Overdue(n, dueAt), cancellationToken)));
            }
            clock.Stop();
            return new Measured("bare MassTransit publish, confirms", settings.Count, clock.Elapsed.TotalSeconds, 0, $"{InFlight:N0} in flight");
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }
}

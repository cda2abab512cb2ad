using System.Diagnostics;
using RabbitMQ.Client;

namespace Consultation.Comparison;

/// <summary>
/// The floor: RabbitMQ.Client persistent publishes with publisher confirms, 1,000 in flight and awaited
/// together, of the bytes MassTransit put on the wire for the same event.
/// </summary>
internal static class RawBroker
{
    private const int InFlight = 1000;

    public static async Task<Measured> RunAsync(ContenderSettings settings, CancellationToken cancellationToken)
    {
        var body = await File.ReadAllBytesAsync(settings.Body!, cancellationToken);
        var factory = new ConnectionFactory { HostName = "127.0.0.1", Port = settings.AmqpPort, VirtualHost = settings.VirtualHost };
        await using var connection = await factory.CreateConnectionAsync(cancellationToken);
        // The library awaits each message's confirm; the window below, not a rate limiter, keeps 1,000 outstanding.
        await using var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true, outstandingPublisherConfirmationsRateLimiter: null),
            cancellationToken);
        var clock = Stopwatch.StartNew();
        for (var sent = 0; sent < settings.Count; sent += InFlight)
        {
            var window = Math.Min(InFlight, settings.Count - sent);
            var confirms = new Task[window];
            for (var i = 0; i < window; i++)
            {
                var properties = new BasicProperties
                {
                    Persistent = true,
                    ContentType = "application/vnd.masstransit+json",
                    MessageId = Guid.CreateVersion7().ToString(),
                };
                confirms[i] = channel.BasicPublishAsync(Sink.Exchange, "", mandatory: false, properties, body, cancellationToken).AsTask();
            }
            await Task.WhenAll(confirms);
        }
        clock.Stop();
        return new Measured("raw RabbitMQ.Client, confirms", settings.Count, clock.Elapsed.TotalSeconds, 0, $"{body.Length:N0}-byte body, {InFlight:N0} in flight");
    }
}

using System.Net.Sockets;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Consultation.Worker.Hosting;

/// <summary>
/// Whether the broker accepts connections. MassTransit's own bus check follows its receive
/// endpoints, so a process that only publishes would stay "healthy" through an outage.
/// </summary>
public sealed class BrokerHealthCheck(IOptions<MessagingOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var rabbit = options.Value.RabbitMq;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(2));
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(rabbit.Host, rabbit.Port, timeout.Token);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"RabbitMQ at {rabbit.Host}:{rabbit.Port} does not accept connections; escalations wait in the outbox.");
        }
    }
}

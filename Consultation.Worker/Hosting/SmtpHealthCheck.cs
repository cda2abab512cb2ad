using System.Net.Sockets;
using Consultation.Worker.Mail;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Consultation.Worker.Hosting;

/// <summary>
/// Whether the SMTP server accepts connections. Degraded, never unhealthy: mail waits in the
/// database and goes out when the server returns, so the service itself is still ready.
/// </summary>
public sealed class SmtpHealthCheck(IOptions<MailOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var smtp = options.Value.Smtp;
        if (string.IsNullOrWhiteSpace(smtp.Host))
        {
            return HealthCheckResult.Healthy("No SMTP server configured: mail is written to the pickup folder.");
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(2));
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(smtp.Host, smtp.Port, timeout.Token);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException)
        {
            return HealthCheckResult.Degraded($"SMTP at {smtp.Host}:{smtp.Port} does not accept connections; emails wait and are retried.");
        }
    }
}

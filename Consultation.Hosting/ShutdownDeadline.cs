using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Consultation.Hosting;

/// <summary>
/// The last word on stopping: once SIGTERM has been received, the process is gone within
/// <see cref="Limit"/>, even when a library ignores the host's timeout while it waits on a database or
/// broker that no longer answers (Quartz's clustered store does, on a severed connection). What it
/// abandons is safe to abandon: claims on escalations and mail roll back with the connection and are
/// taken again by the next run.
/// </summary>
public sealed class ShutdownDeadline(IHostApplicationLifetime lifetime, ILogger<ShutdownDeadline> logger) : IHostedService
{
    /// <summary>From SIGTERM to exit at the latest; systemd and Kubernetes kill at ten seconds.</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(8);

    // 128 + SIGTERM, what a shell reports for a process ended by SIGTERM.
    private const int TerminatedExitCode = 143;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // A host that finishes stopping in time (and a test host disposed in a long test run) is left alone.
        lifetime.ApplicationStopping.Register(() => _ = Task.Run(async () =>
        {
            try
            {
                await Task.Delay(Limit, lifetime.ApplicationStopped);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            logger.LogCritical("Still stopping {Limit} s after the stop signal; exiting without waiting further", Limit.TotalSeconds);
            Environment.Exit(TerminatedExitCode);
        }));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

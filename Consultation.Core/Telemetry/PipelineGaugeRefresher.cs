using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Consultation.Core.Telemetry;

/// <summary>Samples the pipeline for the gauges every 15 seconds; a failed sample keeps the last values.</summary>
public sealed class PipelineGaugeRefresher(PipelineQueries queries, ConsultationMetrics metrics, ILogger<PipelineGaugeRefresher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(15));
        do
        {
            try
            {
                metrics.Sample(await queries.StatusAsync(stoppingToken));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Sampling the pipeline for the gauges failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

namespace Consultation.Core.Webhooks;

/// <summary>The <c>Webhooks</c> section: how endpoints are accepted and how deliveries are retried.</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>Plain http to a loopback address (127.0.0.1, ::1, localhost); for tests only, https otherwise.</summary>
    public bool AllowLoopbackHttp { get; set; }

    public int MaxEndpointsPerAgency { get; set; } = 10;

    /// <summary>How long one POST may take; short, so a stopping worker is not held by a slow receiver.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan DispatchInterval { get; set; } = TimeSpan.FromSeconds(10);

    public int BatchSize { get; set; } = 50;

    /// <summary>The wait after the first failed attempt; it doubles with every further one, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>A delivery not accepted this long after it was recorded is marked failed, for ops to re-drive.</summary>
    public TimeSpan GiveUpAfter { get; set; } = TimeSpan.FromDays(3);

    /// <summary>The wait before attempt <paramref name="attempts"/> + 1, after <paramref name="attempts"/> failed ones.</summary>
    public TimeSpan RetryDelay(int attempts)
    {
        var doublings = Math.Clamp(attempts - 1, 0, 30);
        var delay = FirstRetryDelay * Math.Pow(2, doublings);
        return delay > MaxRetryDelay ? MaxRetryDelay : delay;
    }
}

namespace Consultation.Hosting;

/// <summary>The <c>Telemetry</c> section.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>An OTLP collector (gRPC) that also receives traces and metrics; null keeps them to <c>/metrics</c>.</summary>
    public Uri? OtlpEndpoint { get; set; }
}

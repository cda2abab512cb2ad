using System.Diagnostics.Metrics;

namespace Consultation.Core.Telemetry;

/// <summary>
/// The service's own instruments, on the meter <c>Consultation</c>. The gauges read values that
/// <see cref="PipelineGaugeRefresher"/> samples from the database, so a scrape never waits on it.
/// </summary>
public sealed class ConsultationMetrics
{
    public const string MeterName = "Consultation";

    private long _openConsultations;
    private double _oldestUnpublishedSeconds;

    public ConsultationMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        EscalationsCreated = meter.CreateCounter<long>("consultation.escalations.created", "{escalation}", "Escalation rows recorded by the scans, by kind.");
        EscalationsPublished = meter.CreateCounter<long>("consultation.escalations.published", "{escalation}", "Escalations published and confirmed by the broker, by kind.");
        EmailsSent = meter.CreateCounter<long>("consultation.emails.sent", "{email}", "Emails accepted by the SMTP server or written to the pickup folder.");
        EmailsFailed = meter.CreateCounter<long>("consultation.emails.failed", "{email}", "Emails that failed for good.");
        ScanDuration = meter.CreateHistogram<double>("consultation.scan.duration", "s", "How long one run of a scanning job took.");
        meter.CreateObservableGauge("consultation.escalations.oldest_unpublished_age", () => Volatile.Read(ref _oldestUnpublishedSeconds), "s",
            "Age of the oldest escalation not yet published; grows while the broker is down.");
        meter.CreateObservableGauge("consultation.consultations.open", () => Volatile.Read(ref _openConsultations), "{consultation}",
            "Consultations still open.");
    }

    public Counter<long> EscalationsCreated { get; }
    public Counter<long> EscalationsPublished { get; }
    public Counter<long> EmailsSent { get; }
    public Counter<long> EmailsFailed { get; }
    public Histogram<double> ScanDuration { get; }

    internal void Sample(PipelineStatus status)
    {
        Volatile.Write(ref _openConsultations, status.OpenConsultations);
        Volatile.Write(ref _oldestUnpublishedSeconds, status.OldestUnpublishedAge?.TotalSeconds ?? 0);
    }
}

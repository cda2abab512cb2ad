namespace Consultation.Core.Telemetry;

/// <summary>Where the work stands: what the ops page shows and the gauges export.</summary>
public sealed record PipelineStatus
{
    public long OpenConsultations { get; init; }
    public long DueToday { get; init; }
    public long OverdueNow { get; init; }
    public long EscalationsUnpublished { get; init; }
    public long EscalationsPublished { get; init; }
    public TimeSpan? OldestUnpublishedAge { get; init; }
    public long EmailsSent { get; init; }
    public long EmailsFailed { get; init; }
}

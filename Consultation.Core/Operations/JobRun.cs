namespace Consultation.Core.Operations;

public sealed record JobRun
{
    public required string Job { get; init; }
    public required string Instance { get; init; }
    public DateTimeOffset StartedAt { get; init; }
    public double DurationMs { get; init; }
    public int? Items { get; init; }
    public string? Error { get; init; }
}

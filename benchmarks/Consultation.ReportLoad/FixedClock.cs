namespace Consultation.ReportLoad;

/// <summary>The reports are read as of a fixed moment after the seeded year, so every run sees the same states.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}

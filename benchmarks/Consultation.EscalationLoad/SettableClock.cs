namespace Consultation.EscalationLoad;

/// <summary>The harness decides what "now" is: before the deadline for the idle scan, after it for the run.</summary>
internal sealed class SettableClock : TimeProvider
{
    public DateTimeOffset Now { get; set; } = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => Now;
}

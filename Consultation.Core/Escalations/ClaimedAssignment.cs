namespace Consultation.Core.Escalations;

/// <summary>An assignment a scan has claimed, with what the scan decides on.</summary>
internal sealed record ClaimedAssignment
{
    public Guid Id { get; init; }
    public string Status { get; init; } = "";
    public DateTimeOffset DueAt { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }
    public bool SilenceMeansConsent { get; init; }
}

namespace Consultation.Core.Webhooks;

/// <summary>A delivery claimed for one attempt, with what sending it needs.</summary>
public sealed record ClaimedDelivery
{
    public Guid Id { get; init; }
    public required string Url { get; init; }
    public required string SecretProtected { get; init; }
    public required string Payload { get; init; }
    public int Attempts { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset GiveUpAt { get; init; }
}

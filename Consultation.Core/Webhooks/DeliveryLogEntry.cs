namespace Consultation.Core.Webhooks;

/// <summary>One delivery in an endpoint's log, with its attempts, oldest first.</summary>
public sealed record DeliveryLogEntry
{
    public Guid Id { get; init; }
    public Guid EventId { get; init; }
    public required string EventType { get; init; }
    public required string Status { get; init; }
    public int Attempts { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? DeliveredAt { get; init; }
    public DateTimeOffset? NextAttemptAt { get; init; }
    public int? LastStatusCode { get; init; }
    public string? LastError { get; init; }
    public IReadOnlyList<DeliveryAttempt> Log { get; init; } = [];
}

namespace Consultation.Core.Webhooks;

/// <summary>A delivery that was given up, as the ops page lists it.</summary>
public sealed record FailedDelivery
{
    public Guid Id { get; init; }
    public required string AgencyCode { get; init; }
    public required string Url { get; init; }
    public required string EventType { get; init; }
    public int Attempts { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public string? LastError { get; init; }
}

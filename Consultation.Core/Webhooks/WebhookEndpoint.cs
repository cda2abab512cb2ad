namespace Consultation.Core.Webhooks;

/// <summary>An agency's registered receiver. The secret is never part of it: it is shown once, when made.</summary>
public sealed record WebhookEndpoint
{
    public Guid Id { get; init; }
    public required string AgencyCode { get; init; }
    public required string Url { get; init; }
    public required IReadOnlyList<string> EventTypes { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}

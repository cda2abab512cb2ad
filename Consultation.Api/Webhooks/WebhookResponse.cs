using Consultation.Core.Webhooks;

namespace Consultation.Api.Webhooks;

/// <summary>An endpoint. <see cref="Secret"/> appears only when it is made or rotated; it is never shown again.</summary>
public sealed record WebhookResponse(Guid Id, string AgencyCode, string Url, IReadOnlyList<string> EventTypes, DateTimeOffset CreatedAt, string? Secret = null)
{
    public static WebhookResponse From(WebhookEndpoint endpoint, string? secret = null) =>
        new(endpoint.Id, endpoint.AgencyCode, endpoint.Url, endpoint.EventTypes, endpoint.CreatedAt, secret);
}

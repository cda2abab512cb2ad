namespace Consultation.Api.Webhooks;

/// <summary>An endpoint to register. <c>AgencyCode</c> is for the admin, who registers on an agency's behalf.</summary>
public sealed record WebhookRequest(string? Url, IReadOnlyList<string>? EventTypes, string? AgencyCode);

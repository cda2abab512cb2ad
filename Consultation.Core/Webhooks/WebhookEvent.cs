namespace Consultation.Core.Webhooks;

/// <summary>One event as one agency may see it: <paramref name="Body"/> is the exact JSON its endpoints receive.</summary>
public sealed record WebhookEvent(Guid EventId, string Type, string AgencyCode, string Body);

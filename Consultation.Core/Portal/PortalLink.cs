namespace Consultation.Core.Portal;

/// <summary>Placeholder until the links branch lands.</summary>
public sealed record PortalLink(Guid Id, string AgencyCode, string Role, Guid ConsultationId, DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt);

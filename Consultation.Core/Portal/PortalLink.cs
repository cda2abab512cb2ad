namespace Consultation.Core.Portal;

/// <summary>
/// What a link in an email lets its holder open: one consultation, as one agency (<see cref="AgencyCode"/>)
/// acting in <see cref="Role"/> (<see cref="Auth.Roles.Agency"/> or <see cref="Auth.Roles.Supervisor"/>), until
/// <see cref="ExpiresAt"/>. <see cref="Id"/> is random, so each link can be told apart in logs and audits.
/// </summary>
public sealed record PortalLink(Guid Id, string AgencyCode, string Role, Guid ConsultationId, DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt);

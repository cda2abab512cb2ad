namespace Consultation.Core.Portal;

/// <summary>Placeholder until the links branch lands.</summary>
public sealed record PortalLinkCheck(PortalLinkStatus Status, PortalLink? Link);

namespace Consultation.Core.Portal;

/// <summary>Placeholder until the links branch lands.</summary>
public sealed class PortalLinks
{
    /// <summary>Placeholder.</summary>
    public PortalLinkCheck Read(string? token, DateTimeOffset now) => new(PortalLinkStatus.Invalid, null);
}

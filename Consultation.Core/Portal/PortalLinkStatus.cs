namespace Consultation.Core.Portal;

/// <summary>Placeholder until the links branch lands.</summary>
public enum PortalLinkStatus
{
    Valid,
    Expired,
    Invalid,
}

namespace Consultation.Core.Portal;

/// <summary>What reading a link's token found.</summary>
public enum PortalLinkStatus
{
    /// <summary>Made by this service and not yet expired.</summary>
    Valid,

    /// <summary>Made by this service, but its time is over.</summary>
    Expired,

    /// <summary>Not a token this service made: altered, cut short, made for another purpose or with another key ring.</summary>
    Invalid,
}

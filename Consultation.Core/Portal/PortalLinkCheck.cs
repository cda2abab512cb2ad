namespace Consultation.Core.Portal;

/// <summary>
/// The outcome of reading a token. <see cref="Link"/> is set when it is <see cref="PortalLinkStatus.Valid"/>
/// and when it is <see cref="PortalLinkStatus.Expired"/> (so a page can say which consultation and agency
/// it was for, and since when it no longer works); it is null when <see cref="PortalLinkStatus.Invalid"/>.
/// </summary>
public sealed record PortalLinkCheck(PortalLinkStatus Status, PortalLink? Link);

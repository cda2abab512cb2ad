namespace Consultation.Core.Portal;

/// <summary>The <c>Portal</c> section: where the agency portal is reached and how long the links to it in emails last.</summary>
public sealed class PortalOptions
{
    public const string Section = "Portal";

    /// <summary>The address people open the portal at, as written into emails (no trailing slash needed).</summary>
    public string BaseUrl { get; set; } = "http://localhost:5000";

    /// <summary>How long a link in an email stays valid.</summary>
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromDays(14);
}

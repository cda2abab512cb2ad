using System.Net;

namespace Consultation.Api.Hosting;

/// <summary>
/// The <c>Proxy</c> section: the reverse proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c>
/// are believed, so rate limits count the real client and the service knows it was reached over https.
/// A proxy on the same machine (loopback) is believed without being listed; a header from anyone else
/// is ignored, or a client could name any address it likes.
/// </summary>
public sealed class ProxyOptions
{
    public const string Section = "Proxy";

    /// <summary>Addresses of the proxies, e.g. <c>10.0.0.5</c>.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks the proxies are in, in CIDR form, e.g. <c>10.0.0.0/24</c>.</summary>
    public string[] KnownNetworks { get; set; } = [];

    public bool IsValid() =>
        KnownProxies.All(p => IPAddress.TryParse(p, out _)) && KnownNetworks.All(n => IPNetwork.TryParse(n, out _));
}

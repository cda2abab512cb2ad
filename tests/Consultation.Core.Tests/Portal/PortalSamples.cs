using Consultation.Core.Portal;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Consultation.Core.Tests.Portal;

/// <summary>Links made with a key ring of their own, held in memory.</summary>
public static class PortalSamples
{
    public static readonly DateTimeOffset Now = new(2026, 12, 7, 2, 0, 0, TimeSpan.Zero);
    public static readonly Guid Consultation = Guid.Parse("0194a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");

    public static PortalLinks Links(IDataProtectionProvider? keys = null, PortalOptions? options = null) =>
        new(keys ?? new EphemeralDataProtectionProvider(), Options.Create(options ?? new PortalOptions()));
}

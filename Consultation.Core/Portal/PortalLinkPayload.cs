using System.Buffers.Binary;
using System.Text;
using Consultation.Core.Auth;

namespace Consultation.Core.Portal;

/// <summary>
/// A link as the bytes that get encrypted, kept short because they end up in a URL: a version byte,
/// the link's id and the consultation's (16 bytes each), when it was issued and when it expires (UTC
/// ticks, 8 bytes each, so a link reads back exactly as issued), then the role and the agency code,
/// each one length byte and ASCII.
/// </summary>
internal static class PortalLinkPayload
{
    private const byte Version = 1;
    private const int Fixed = 1 + 16 + 16 + 8 + 8;
    private static readonly long MaxTicks = DateTimeOffset.MaxValue.UtcTicks;

    public static byte[] Write(PortalLink link)
    {
        var role = Encoding.ASCII.GetBytes(link.Role);
        var code = Encoding.ASCII.GetBytes(link.AgencyCode);
        var bytes = new byte[Fixed + 1 + role.Length + 1 + code.Length];
        var span = bytes.AsSpan();
        span[0] = Version;
        link.Id.TryWriteBytes(span[1..17]);
        link.ConsultationId.TryWriteBytes(span[17..33]);
        BinaryPrimitives.WriteInt64LittleEndian(span[33..41], link.IssuedAt.UtcTicks);
        BinaryPrimitives.WriteInt64LittleEndian(span[41..49], link.ExpiresAt.UtcTicks);
        span[Fixed] = (byte)role.Length;
        role.CopyTo(span[(Fixed + 1)..]);
        span[Fixed + 1 + role.Length] = (byte)code.Length;
        code.CopyTo(span[(Fixed + 2 + role.Length)..]);
        return bytes;
    }

    /// <summary>
    /// The link, or null when the bytes are not a version this code writes. They have passed data
    /// protection's authentication, so only an older or newer format gets this far; it is checked all
    /// the same, field by field, rather than trusted.
    /// </summary>
    public static PortalLink? Read(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < Fixed + 2 || bytes[0] != Version)
        {
            return null;
        }
        var issued = BinaryPrimitives.ReadInt64LittleEndian(bytes[33..41]);
        var expires = BinaryPrimitives.ReadInt64LittleEndian(bytes[41..49]);
        if (issued is < 0 || issued > MaxTicks || expires < issued || expires > MaxTicks)
        {
            return null;
        }
        var rest = bytes[Fixed..];
        if (!TryText(ref rest, out var role) || !TryText(ref rest, out var code) || !rest.IsEmpty
            || !Roles.ForAgencies.Contains(role) || code.Length == 0)
        {
            return null;
        }
        return new PortalLink(new Guid(bytes[1..17]), code, role, new Guid(bytes[17..33]),
            new DateTimeOffset(issued, TimeSpan.Zero), new DateTimeOffset(expires, TimeSpan.Zero));
    }

    private static bool TryText(ref ReadOnlySpan<byte> bytes, out string text)
    {
        text = "";
        if (bytes.IsEmpty || bytes.Length < 1 + bytes[0])
        {
            return false;
        }
        text = Encoding.ASCII.GetString(bytes.Slice(1, bytes[0]));
        bytes = bytes[(1 + bytes[0])..];
        return true;
    }
}

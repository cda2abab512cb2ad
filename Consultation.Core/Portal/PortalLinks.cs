using System.Buffers;
using System.Buffers.Text;
using System.Security.Cryptography;
using Consultation.Core.Agencies;
using Consultation.Core.Auth;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Consultation.Core.Portal;

/// <summary>
/// The links to the agency portal that emails carry: each opens one consultation as one agency, until it
/// expires. A link is its token: the link itself, encrypted and authenticated with ASP.NET Core data
/// protection (the key ring in the database, shared by the API and the worker, so a link a worker wrote
/// is read by any API instance). The expiry is inside the protected payload rather than left to
/// <c>ITimeLimitedDataProtector</c>, which fails an expired token just as it fails a forged one: the
/// portal has to tell "this link has expired, ask for a new one" from "this is not our link".
/// </summary>
public sealed class PortalLinks(IDataProtectionProvider provider, IOptions<PortalOptions> options)
{
    /// <summary>The data-protection purpose of the tokens; a new payload format gets a new version here.</summary>
    public const string Purpose = "Consultation.Portal.Link.v1";

    /// <summary>Tokens longer than this are refused unread: a real one is about 200 characters.</summary>
    public const int MaxTokenLength = 2_000;

    private static readonly PortalLinkCheck Invalid = new(PortalLinkStatus.Invalid, null);
    private readonly IDataProtector _protector = provider.CreateProtector(Purpose);

    /// <summary>
    /// A new link for <paramref name="agencyCode"/> acting as <paramref name="role"/> (<see cref="Roles.Agency"/>
    /// or <see cref="Roles.Supervisor"/>) on one consultation, valid from <paramref name="now"/> for
    /// <see cref="PortalOptions.LinkLifetime"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The code is not an agency code, or the role is not one an agency acts in.</exception>
    public PortalLink Issue(string agencyCode, string role, Guid consultationId, DateTimeOffset now)
    {
        var code = AgencyCodes.Normalize(agencyCode) ?? throw new ArgumentException($"'{agencyCode}' is not an agency code.", nameof(agencyCode));
        if (!Roles.ForAgencies.Contains(role))
        {
            throw new ArgumentException($"A portal link is for an agency acting as {string.Join(" or ", Roles.ForAgencies)}, not '{role}'.", nameof(role));
        }
        var issued = now.ToUniversalTime();
        return new PortalLink(Guid.NewGuid(), code, role, consultationId, issued, issued + options.Value.LinkLifetime);
    }

    /// <summary>The link as a URL-safe token (base64url without padding, about 200 characters).</summary>
    public string Token(PortalLink link) => Base64Url.EncodeToString(_protector.Protect(PortalLinkPayload.Write(link)));

    /// <summary>The address written into an email: <c>{BaseUrl}/portal/link/{token}</c>.</summary>
    public string Url(PortalLink link) => $"{options.Value.BaseUrl.TrimEnd('/')}/portal/link/{Token(link)}";

    /// <summary>
    /// What a token is worth at <paramref name="now"/>: <see cref="PortalLinkStatus.Valid"/> until its expiry,
    /// <see cref="PortalLinkStatus.Expired"/> from then on, <see cref="PortalLinkStatus.Invalid"/> for anything
    /// this service did not write as it is (altered, cut short, empty, too long, another purpose or key ring).
    /// No token text makes it throw; a key ring that cannot be loaded at all is a fault of the service and does.
    /// </summary>
    public PortalLinkCheck Read(string? token, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength)
        {
            return Invalid;
        }
        // The status-returning decoder: the others throw on texts their own IsValid accepts (a spare bit set).
        var bytes = new byte[Base64Url.GetMaxDecodedLength(token.Length)];
        if (Base64Url.DecodeFromChars(token, bytes, out var read, out var written) != OperationStatus.Done || read != token.Length)
        {
            return Invalid;
        }
        // Only the canonical spelling, so that one token has one text: no padding, no white space.
        bytes = bytes[..written];
        if (Base64Url.EncodeToString(bytes) != token)
        {
            return Invalid;
        }
        byte[] payload;
        try
        {
            payload = _protector.Unprotect(bytes);
        }
        catch (CryptographicException)
        {
            // How data protection says "not authentic": tampered, another purpose, an unknown or revoked key.
            return Invalid;
        }
        return PortalLinkPayload.Read(payload) switch
        {
            null => Invalid,
            var link when now >= link.ExpiresAt => new PortalLinkCheck(PortalLinkStatus.Expired, link),
            var link => new PortalLinkCheck(PortalLinkStatus.Valid, link),
        };
    }
}

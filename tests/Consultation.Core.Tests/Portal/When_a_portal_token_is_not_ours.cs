using System.Buffers.Text;
using Consultation.Core.Auth;
using Consultation.Core.Portal;
using Microsoft.AspNetCore.DataProtection;

namespace Consultation.Core.Tests.Portal;

/// <summary>Whatever arrives at <c>/portal/link/{token}</c> is read without an exception, and only our own tokens pass.</summary>
public sealed class When_a_portal_token_is_not_ours
{
    private readonly EphemeralDataProtectionProvider _keys = new();
    private PortalLinks _links = null!;
    private string _token = null!;

    [SetUp]
    public void Issue()
    {
        _links = PortalSamples.Links(_keys);
        _token = _links.Token(_links.Issue("STC", Roles.Agency, PortalSamples.Consultation, PortalSamples.Now));
    }

    private PortalLinkCheck Read(string? token) => _links.Read(token, PortalSamples.Now);

    [Test]
    public void Should_refuse_a_token_with_any_one_character_changed()
    {
        // Every position, the last one included, whose spare bits base64 decoders ignore.
        for (var i = 0; i < _token.Length; i++)
        {
            var changed = _token[..i] + (_token[i] == 'A' ? 'B' : 'A') + _token[(i + 1)..];

            Assert.That(Read(changed), Is.EqualTo(new PortalLinkCheck(PortalLinkStatus.Invalid, null)), $"character {i}");
        }
    }

    [Test]
    public void Should_refuse_a_token_cut_short_or_lengthened()
    {
        Assert.That(Read(_token[..^1]).Status, Is.EqualTo(PortalLinkStatus.Invalid));
        Assert.That(Read(_token[..(_token.Length / 2)]).Status, Is.EqualTo(PortalLinkStatus.Invalid));
        Assert.That(Read(_token + "A").Status, Is.EqualTo(PortalLinkStatus.Invalid));
        Assert.That(Read(_token + "=").Status, Is.EqualTo(PortalLinkStatus.Invalid), "only the spelling without padding");
        Assert.That(Read(" " + _token).Status, Is.EqualTo(PortalLinkStatus.Invalid));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase(" ")]
    [TestCase("not-a-token")]
    [TestCase("%2F..%2Fadmin")]
    [TestCase("AAAA")]
    public void Should_refuse_what_is_no_token_at_all(string? token) =>
        Assert.That(Read(token), Is.EqualTo(new PortalLinkCheck(PortalLinkStatus.Invalid, null)));

    [Test]
    public void Should_refuse_an_over_long_token_unread() =>
        Assert.That(Read(new string('A', 5_000)).Status, Is.EqualTo(PortalLinkStatus.Invalid));

    [Test]
    public void Should_refuse_a_genuine_payload_protected_for_another_purpose()
    {
        var payload = _keys.CreateProtector(PortalLinks.Purpose).Unprotect(Base64Url.DecodeFromChars(_token));
        var elsewhere = Base64Url.EncodeToString(_keys.CreateProtector("Consultation.Webhooks.EndpointSecret.v1").Protect(payload));

        Assert.That(Read(elsewhere).Status, Is.EqualTo(PortalLinkStatus.Invalid));
    }

    [Test]
    public void Should_refuse_a_token_made_with_another_key_ring()
    {
        var other = PortalSamples.Links(new EphemeralDataProtectionProvider());
        var theirs = other.Token(other.Issue("STC", Roles.Agency, PortalSamples.Consultation, PortalSamples.Now));

        Assert.That(Read(theirs).Status, Is.EqualTo(PortalLinkStatus.Invalid));
        Assert.That(other.Read(_token, PortalSamples.Now).Status, Is.EqualTo(PortalLinkStatus.Invalid));
    }

    [Test]
    public void Should_refuse_a_payload_of_a_format_it_does_not_know()
    {
        var protector = _keys.CreateProtector(PortalLinks.Purpose);
        var payload = protector.Unprotect(Base64Url.DecodeFromChars(_token));
        payload[0] = 2;

        Assert.That(Read(Base64Url.EncodeToString(protector.Protect(payload))).Status, Is.EqualTo(PortalLinkStatus.Invalid));
        Assert.That(Read(Base64Url.EncodeToString(protector.Protect([1, 2, 3]))).Status, Is.EqualTo(PortalLinkStatus.Invalid));
    }
}

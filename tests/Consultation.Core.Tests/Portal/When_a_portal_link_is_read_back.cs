using Consultation.Core.Auth;
using Consultation.Core.Portal;

namespace Consultation.Core.Tests.Portal;

public sealed class When_a_portal_link_is_read_back
{
    [Test]
    public void Should_be_valid_for_the_same_agency_role_consultation_and_expiry()
    {
        var links = PortalSamples.Links();
        var link = links.Issue("STC", Roles.Agency, PortalSamples.Consultation, PortalSamples.Now);

        var check = links.Read(links.Token(link), PortalSamples.Now.AddHours(1));

        Assert.That(check.Status, Is.EqualTo(PortalLinkStatus.Valid));
        Assert.That(check.Link, Is.EqualTo(link));
        Assert.That(check.Link!.AgencyCode, Is.EqualTo("STC"));
        Assert.That(check.Link.Role, Is.EqualTo(Roles.Agency));
        Assert.That(check.Link.ConsultationId, Is.EqualTo(PortalSamples.Consultation));
        Assert.That(check.Link.ExpiresAt, Is.EqualTo(PortalSamples.Now.AddDays(14)), "14 days by default");
    }

    [Test]
    public void Should_keep_the_supervisor_role_and_the_exact_instants()
    {
        var links = PortalSamples.Links();
        var now = new DateTimeOffset(2026, 12, 7, 9, 15, 30, 123, TimeSpan.FromHours(7)).AddTicks(4567);
        var link = links.Issue("SNV", Roles.Supervisor, PortalSamples.Consultation, now);

        var read = links.Read(links.Token(link), now).Link!;

        Assert.That(read.Role, Is.EqualTo(Roles.Supervisor));
        Assert.That(read.IssuedAt.UtcTicks, Is.EqualTo(now.UtcTicks), "to the tick, not rounded to seconds");
        Assert.That(read.ExpiresAt.UtcTicks, Is.EqualTo(now.AddDays(14).UtcTicks));
        Assert.That(read.Id, Is.EqualTo(link.Id));
    }

    [Test]
    public void Should_be_valid_one_second_before_its_expiry_and_expired_from_it_on()
    {
        var links = PortalSamples.Links();
        var link = links.Issue("SXD", Roles.Agency, PortalSamples.Consultation, PortalSamples.Now);
        var token = links.Token(link);

        var before = links.Read(token, link.ExpiresAt.AddSeconds(-1));
        var at = links.Read(token, link.ExpiresAt);
        var yearLater = links.Read(token, link.ExpiresAt.AddYears(1));

        Assert.That(before.Status, Is.EqualTo(PortalLinkStatus.Valid));
        Assert.That(at.Status, Is.EqualTo(PortalLinkStatus.Expired));
        Assert.That(at.Link, Is.EqualTo(link), "an expired link still says what it was for, so the page can explain");
        Assert.That(yearLater.Status, Is.EqualTo(PortalLinkStatus.Expired));
    }

    [Test]
    public void Should_honour_the_lifetime_from_the_settings()
    {
        var links = PortalSamples.Links(options: new PortalOptions { LinkLifetime = TimeSpan.FromDays(3) });
        var link = links.Issue("STC", Roles.Agency, PortalSamples.Consultation, PortalSamples.Now);
        var token = links.Token(link);

        Assert.That(link.ExpiresAt, Is.EqualTo(PortalSamples.Now.AddDays(3)));
        Assert.That(links.Read(token, PortalSamples.Now.AddDays(3).AddTicks(-1)).Status, Is.EqualTo(PortalLinkStatus.Valid));
        Assert.That(links.Read(token, PortalSamples.Now.AddDays(3)).Status, Is.EqualTo(PortalLinkStatus.Expired));
    }

    [Test]
    public void Should_give_every_link_its_own_id_and_token()
    {
        var links = PortalSamples.Links();
        var first = links.Issue("STC", Roles.Agency, PortalSamples.Consultation, PortalSamples.Now);
        var second = links.Issue("STC", Roles.Agency, PortalSamples.Consultation, PortalSamples.Now);

        Assert.That(second.Id, Is.Not.EqualTo(first.Id));
        Assert.That(links.Token(second), Is.Not.EqualTo(links.Token(first)));
    }

    [Test]
    public void Should_write_a_short_URL_safe_token_into_the_address()
    {
        var links = PortalSamples.Links(options: new PortalOptions { BaseUrl = "https://lay-y-kien.daklak.gov.vn/" });
        // The longest agency code there can be, with the longer role.
        var link = links.Issue(new string('X', 32), Roles.Supervisor, PortalSamples.Consultation, PortalSamples.Now);

        var token = links.Token(link);
        var url = links.Url(link);

        TestContext.Out.WriteLine($"{token.Length}: {url}");
        Assert.That(token, Does.Match("^[A-Za-z0-9_-]+$"));
        Assert.That(token, Has.Length.LessThan(250));
        Assert.That(url, Does.StartWith("https://lay-y-kien.daklak.gov.vn/portal/link/"), "one slash, whether or not the setting ends with one");
        Assert.That(links.Read(url["https://lay-y-kien.daklak.gov.vn/portal/link/".Length..], PortalSamples.Now).Status, Is.EqualTo(PortalLinkStatus.Valid));
    }

    [Test]
    public void Should_write_the_code_as_the_service_stores_it() =>
        Assert.That(PortalSamples.Links().Issue("stc", Roles.Agency, PortalSamples.Consultation, PortalSamples.Now).AgencyCode, Is.EqualTo("STC"));

    [TestCase("", Roles.Agency)]
    [TestCase("S T C", Roles.Agency)]
    [TestCase("STC", Roles.Admin)]
    [TestCase("STC", "lead")]
    public void Should_refuse_to_issue_a_link_for_what_is_not_an_agency_acting_as_one(string code, string role) =>
        Assert.That(() => PortalSamples.Links().Issue(code, role, PortalSamples.Consultation, PortalSamples.Now), Throws.ArgumentException);
}

using Consultation.Contracts;
using Consultation.Core.Auth;
using Consultation.Core.Escalations;
using Consultation.Core.Mail;
using Consultation.Core.Portal;
using MimeKit;

namespace Consultation.Worker.Tests.Mail;

/// <summary>
/// Every consultation in an email carries a link to it in the portal, for the agency the recipient acts
/// for and no other, signed and expiring; the same links in the HTML and the plain-text part.
/// </summary>
public sealed class When_an_email_links_to_the_portal
{
    private const string Lead = "stc@daklak.gov.vn";
    private readonly PortalLinks _links = MailSamples.Links();

    private Task<MimeMessage> ComposeAsync(params MailItem[] items) => MailSamples.Composer(_links).ComposeAsync(MailSamples.Mail(items));

    /// <summary>The links of both parts, which must be the same, each read back as the portal reads it.</summary>
    private List<PortalLink> LinksIn(MimeMessage message)
    {
        var text = MailedLinks.InText(message);
        Assert.That(MailedLinks.InHtml(message), Is.EqualTo(text), "the HTML part links where the text part does");
        return text.Select(url =>
        {
            Assert.That(url, Does.StartWith(MailSamples.PortalAddress + "/portal/link/"));
            var check = _links.Read(MailedLinks.Token(url), MailSamples.Now);
            Assert.That(check.Status, Is.EqualTo(PortalLinkStatus.Valid), url);
            return check.Link!;
        }).ToList();
    }

    private static MailItem As(AssignmentOverdue overdue, string role, string recipient, string name) =>
        MailSamples.Item(overdue, EscalationKinds.Overdue, overdue.ConsultationId, recipient, name, role);

    [Test]
    public async Task Should_give_the_lead_one_link_per_consultation_as_the_lead_unit()
    {
        var first = MailSamples.Overdue("125/STC-QLNS", "SXD", "Sở Xây dựng tỉnh Đắk Lắk");
        var sameConsultation = MailSamples.Overdue("125/STC-QLNS", "SYT", "Sở Y tế tỉnh Đắk Lắk") with { ConsultationId = first.ConsultationId };
        var vague = MailSamples.Vague("131/STC-NSNN");

        var message = await ComposeAsync(MailSamples.OverdueItem(first), MailSamples.OverdueItem(sameConsultation),
            MailSamples.Item(vague, EscalationKinds.VagueAnswer, vague.ConsultationId, Lead, "Sở Tài chính tỉnh Đắk Lắk"));

        TestContext.Out.WriteLine(message.TextBody);
        var links = LinksIn(message);
        Assert.That(links.Select(l => l.ConsultationId), Is.EqualTo(new[] { first.ConsultationId, vague.ConsultationId }), "one per consultation, in its order");
        Assert.That(links.Select(l => (l.AgencyCode, l.Role)), Is.All.EqualTo(("STC", Roles.Agency)), "never as one of the late agencies the mail names");
        Assert.That(links.Select(l => l.ExpiresAt), Is.All.EqualTo(MailSamples.Now.AddDays(14)));
    }

    // A consulted agency reads as itself, its head as the agency it heads, the supervisor in its own role.
    [TestCase(MailRoles.Agency, "sxd@daklak.gov.vn", "Sở Xây dựng tỉnh Đắk Lắk", "SXD", Roles.Agency)]
    [TestCase(MailRoles.Head, "giamdoc.sxd@daklak.gov.vn", "Ông/Bà Nguyễn Văn An, Thủ trưởng Sở Xây dựng tỉnh Đắk Lắk", "SXD", Roles.Agency)]
    [TestCase(MailRoles.Supervisor, "snv@daklak.gov.vn", "Sở Nội vụ tỉnh Đắk Lắk", "SNV", Roles.Supervisor)]
    public async Task Should_link_as_the_agency_the_recipient_acts_for(string role, string recipient, string name, string code, string portalRole)
    {
        var overdue = MailSamples.Overdue("125/STC-QLNS", "SXD", "Sở Xây dựng tỉnh Đắk Lắk", level: 2);

        var links = LinksIn(await ComposeAsync(As(overdue, role, recipient, name)));

        Assert.That(links.Single(), Has.Property(nameof(PortalLink.AgencyCode)).EqualTo(code)
            .And.Property(nameof(PortalLink.Role)).EqualTo(portalRole)
            .And.Property(nameof(PortalLink.ConsultationId)).EqualTo(overdue.ConsultationId));
    }

    [Test]
    public async Task Should_give_a_mailbox_that_is_both_lead_and_supervisor_a_link_for_each()
    {
        var overdue = MailSamples.Overdue("125/STC-QLNS", "SXD", "Sở Xây dựng tỉnh Đắk Lắk", level: 2);

        var message = await ComposeAsync(As(overdue, MailRoles.Lead, Lead, "Sở Tài chính tỉnh Đắk Lắk"),
            As(overdue, MailRoles.Supervisor, Lead, "Sở Nội vụ tỉnh Đắk Lắk"));

        Assert.That(LinksIn(message).Select(l => (l.AgencyCode, l.Role, l.ConsultationId)),
            Is.EqualTo(new[] { ("STC", Roles.Agency, overdue.ConsultationId), ("SNV", Roles.Supervisor, overdue.ConsultationId) }));
        Assert.That(message.TextBody, Does.Contain("Đường dẫn chỉ dùng cho Sở Tài chính tỉnh Đắk Lắk").And.Contain("Đường dẫn chỉ dùng cho Sở Nội vụ tỉnh Đắk Lắk"));
    }

    [Test]
    public async Task Should_say_in_Vietnamese_whom_the_link_is_for_and_until_when()
    {
        var message = await ComposeAsync(MailSamples.OverdueItem(MailSamples.Overdue("125/STC-QLNS", "SXD", "Sở Xây dựng tỉnh Đắk Lắk")));

        // Sent at 09:00 on Monday 7 December 2026, Vietnam time: valid for 14 days.
        const string Until = "Đường dẫn chỉ dùng cho Sở Tài chính tỉnh Đắk Lắk, có hiệu lực đến 09 giờ 00, thứ Hai, ngày 21/12/2026; "
            + "đề nghị không chuyển tiếp cho cơ quan, đơn vị khác.";
        Assert.That(message.TextBody, Does.Contain("   Mở hồ sơ trên Cổng phối hợp: " + MailSamples.PortalAddress + "/portal/link/"));
        Assert.That(message.TextBody, Does.Contain("(" + Until + ")"));
        Assert.That(message.HtmlBody, Does.Contain(">Mở hồ sơ lấy ý kiến</a> trên Cổng phối hợp.").And.Contain(Until));
    }

    [Test]
    public async Task Should_encode_the_address_in_the_HTML_part()
    {
        var links = MailSamples.Links("https://cong.daklak.gov.vn/lay-y-kien&phoi-hop");
        var message = await MailSamples.Composer(links).ComposeAsync(MailSamples.Mail(MailSamples.OverdueItem(MailSamples.Overdue("125/STC-QLNS", "SXD", "Sở Xây dựng"))));

        var url = MailedLinks.InText(message).Single();
        Assert.That(message.HtmlBody, Does.Contain("<a href=\"https://cong.daklak.gov.vn/lay-y-kien&amp;phoi-hop/portal/link/"));
        Assert.That(MailedLinks.InHtml(message).Single(), Is.EqualTo(url));
        Assert.That(links.Read(MailedLinks.Token(url), MailSamples.Now).Status, Is.EqualTo(PortalLinkStatus.Valid));
    }

    [Test]
    public async Task Should_issue_fresh_links_each_time_the_mail_is_composed()
    {
        var mail = MailSamples.Mail(MailSamples.OverdueItem(MailSamples.Overdue("125/STC-QLNS", "SXD", "Sở Xây dựng tỉnh Đắk Lắk")));
        var composer = MailSamples.Composer(_links);

        var first = await composer.ComposeAsync(mail);
        var retried = await composer.ComposeAsync(mail);

        Assert.That(retried.MessageId, Is.EqualTo(first.MessageId), "the same mail");
        Assert.That(LinksIn(retried).Single().Id, Is.Not.EqualTo(LinksIn(first).Single().Id), "a retried mail carries links of its own time");
    }
}

using Consultation.Core.Escalations;
using Consultation.Worker.Mail;
using MimeKit;

namespace Consultation.Worker.Tests.Mail;

/// <summary>The shipped templates, rendered without a database or a server.</summary>
public sealed class When_rendering_templates
{
    private static Task<MimeMessage> ComposeAsync(Consultation.Core.Mail.QueuedMail mail) => MailSamples.Composer().ComposeAsync(mail);

    [Test]
    public async Task Should_write_one_overdue_assignment_as_a_Vietnamese_official_would()
    {
        var overdue = MailSamples.Overdue("125/STC-QLNS", "SXD", "Sở Xây dựng tỉnh Đắk Lắk");
        var mail = MailSamples.Mail(MailSamples.OverdueItem(overdue));

        var message = await ComposeAsync(mail);

        TestContext.Out.WriteLine(message.TextBody);
        // Due at the end of Friday, sent on Monday morning: not yet one whole working day late.
        Assert.That(message.Subject, Is.EqualTo("Sở Xây dựng tỉnh Đắk Lắk chưa trả lời văn bản số 125/STC-QLNS, đã hết hạn, chưa tròn 01 ngày làm việc"));
        Assert.That(message.To.Mailboxes.Single().ToString(), Is.EqualTo("\"Sở Tài chính tỉnh Đắk Lắk\" <stc@daklak.gov.vn>"));
        Assert.That(message.Cc, Is.Empty, "nobody is copied: the head gets a mail of its own");
        Assert.That(message.MessageId, Is.EqualTo($"{mail.Id}@daklak.gov.vn"));
        Assert.That(message.TextBody, Does.Contain("Đắk Lắk, ngày 07 tháng 12 năm 2026"));
        Assert.That(message.TextBody, Does.Contain("Kính gửi: Sở Tài chính tỉnh Đắk Lắk."));
        Assert.That(message.TextBody, Does.Contain("1. Văn bản số 125/STC-QLNS của Sở Tài chính tỉnh Đắk Lắk"));
        Assert.That(message.TextBody, Does.Contain("Trích yếu: Dự thảo Quyết định phân bổ kinh phí chuyển đổi số năm 2027"));
        Assert.That(message.TextBody, Does.Contain("Sở Xây dựng tỉnh Đắk Lắk chưa có ý kiến trả lời. Hạn trả lời: ngày 04/12/2026; đã hết hạn, chưa tròn 01 ngày làm việc."));
        Assert.That(message.TextBody, Does.Contain("Điểm i khoản 1 Chỉ thị ngày 08/11/2024 của Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk"));
        Assert.That(message.TextBody, Does.Contain("Đơn vị chủ trì tiếp tục theo dõi, đôn đốc").And.Contain("Thủ trưởng các cơ quan chưa trả lời đã được thông báo riêng"));
        Assert.That(message.HtmlBody, Does.Contain("<strong>đã hết hạn, chưa tròn 01 ngày làm việc</strong>"));
        Assert.That(message.Headers["Auto-Submitted"], Is.EqualTo("auto-generated"));
    }

    [Test]
    public async Task Should_gather_many_items_under_their_consultations_with_one_subject()
    {
        var first = MailSamples.Overdue("125/STC-QLNS", "SXD", "Sở Xây dựng tỉnh Đắk Lắk");
        var sameConsultation = MailSamples.Overdue("125/STC-QLNS", "SYT", "Sở Y tế tỉnh Đắk Lắk") with { ConsultationId = first.ConsultationId };
        var other = MailSamples.Overdue("130/STC-NSNN", "SXD", "Sở Xây dựng tỉnh Đắk Lắk", level: 2);
        var vague = MailSamples.Vague("131/STC-NSNN");
        var mail = MailSamples.Mail(
            MailSamples.OverdueItem(first), MailSamples.OverdueItem(sameConsultation), MailSamples.OverdueItem(other),
            MailSamples.Item(vague, EscalationKinds.VagueAnswer, vague.ConsultationId, "stc@daklak.gov.vn", "Sở Tài chính tỉnh Đắk Lắk"));

        var message = await ComposeAsync(mail);

        TestContext.Out.WriteLine(message.TextBody);
        Assert.That(message.Subject, Is.EqualTo("Tổng hợp 4 nội dung về lấy ý kiến phối hợp: 3 trường hợp quá hạn chưa trả lời; 1 ý kiến trả lời cần xem xét"));
        Assert.That(message.Cc, Is.Empty, "no head reads the lead's consolidated list");
        Assert.That(message.TextBody, Does.Contain("1. Văn bản số 125/STC-QLNS").And.Contain("2. Văn bản số 130/STC-NSNN").And.Contain("3. Văn bản số 131/STC-NSNN"));
        Assert.That(message.TextBody.Split("Văn bản số 125/STC-QLNS"), Has.Length.EqualTo(2), "one heading per consultation");
        Assert.That(message.TextBody, Does.Contain("Đây là lần nhắc thứ hai; Sở Nội vụ cũng được thông báo."));
        Assert.That(message.TextBody, Does.Contain("chấp nhận ý kiến (accept); xác nhận ý kiến chưa rõ quan điểm (confirm_vague)"));
        Assert.That(message.TextBody, Does.Contain($"POST /api/v1/consultations/{vague.ConsultationId}/assignments/SXD/review"));
    }

    [Test]
    public async Task Should_encode_what_agencies_typed_in_the_HTML_part_only()
    {
        const string Title = "<script>alert('x')</script> Dự thảo \"A & B\"";
        var overdue = MailSamples.Overdue("125/STC-QLNS", "SXD", "Sở <b>Xây dựng</b>", title: Title);

        var message = await ComposeAsync(MailSamples.Mail(MailSamples.OverdueItem(overdue)));

        Assert.That(message.HtmlBody, Does.Not.Contain("<script>").And.Not.Contain("<b>Xây dựng</b>"));
        Assert.That(message.HtmlBody, Does.Contain("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; Dự thảo &quot;A &amp; B&quot;"));
        Assert.That(message.HtmlBody, Does.Contain("Sở &lt;b&gt;Xây dựng&lt;/b&gt;"));
        Assert.That(message.TextBody, Does.Contain("Trích yếu: " + Title), "the plain-text part shows the text as typed");
        Assert.That(message.Subject, Does.Contain("Sở <b>Xây dựng</b>"));
    }

    [Test]
    public async Task Should_pick_up_an_edited_template_without_a_rebuild()
    {
        var folder = Directory.CreateTempSubdirectory("consultation-templates-");
        try
        {
            foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Mail", "Templates")))
            {
                File.Copy(file, Path.Combine(folder.FullName, Path.GetFileName(file)));
            }
            var mail = MailSamples.Mail(MailSamples.OverdueItem(MailSamples.Overdue("125/STC-QLNS", "SXD", "Sở Xây dựng tỉnh Đắk Lắk")));
            var composer = MailSamples.Composer(templates: folder.FullName);
            var before = await composer.ComposeAsync(mail);

            var subject = Path.Combine(folder.FullName, MailTemplates.SubjectFile);
            await File.WriteAllTextAsync(subject, "[Khẩn] Văn bản số {{ consultations.first.document_number }}");
            File.SetLastWriteTimeUtc(subject, DateTime.UtcNow.AddMinutes(1));
            var after = await composer.ComposeAsync(mail);

            await File.WriteAllTextAsync(subject, "{% if %}");
            File.SetLastWriteTimeUtc(subject, DateTime.UtcNow.AddMinutes(2));

            Assert.That(before.Subject, Does.StartWith("Sở Xây dựng"));
            Assert.That(after.Subject, Is.EqualTo("[Khẩn] Văn bản số 125/STC-QLNS"));
            Assert.ThrowsAsync<MailTemplateException>(() => composer.ComposeAsync(mail));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}

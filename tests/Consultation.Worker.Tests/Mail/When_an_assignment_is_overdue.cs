using Consultation.Contracts;
using Consultation.Core.Auth;
using Consultation.Core.Calendar;
using Consultation.Core.Escalations;
using Consultation.Core.Portal;
using Consultation.TestSupport;
using Consultation.Worker.Tests.Infrastructure;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Worker.Tests.Mail;

[TestFixture(typeof(SqliteDb))]
[TestFixture(typeof(PostgresDb))]
[TestFixture(typeof(SqlServerDb))]
public sealed class When_an_assignment_is_overdue<TDatabase> : MailScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private const string Title = "Dự thảo Quyết định phân bổ kinh phí chuyển đổi số năm 2027";

    [Test]
    public async Task Should_send_the_lead_one_email_and_the_late_agencys_head_one_of_its_own()
    {
        var lead = await AgencyAsync("Sở Tài chính tỉnh Đắk Lắk");
        var late = await AgencyAsync("Sở Xây dựng tỉnh Đắk Lắk", "Nguyễn Văn An");
        var answered = await AgencyAsync("Sở Tư pháp tỉnh Đắk Lắk");
        var number = DocumentNumber(lead);
        var due = WorkingDaysFromNow(2);
        var (id, _) = await Facts.OpenAsync(lead, number, Title, Now, due, false, late, answered);
        await Facts.AnswerAsync(id, answered, Now.AddHours(1));
        MoveToFirstWorkingDayAfter(due, 10);

        await Worker.RunJobsAsync();
        await WaitForItemsAsync([id], EscalationKinds.Overdue, 2); // the lead's item and the head's
        await DispatchAsync();

        var mail = MailsTo(Address(lead)).Single();
        Assert.That(mail.Message.To.Mailboxes.Single().ToString(), Is.EqualTo($"\"Sở Tài chính tỉnh Đắk Lắk\" <{Address(lead)}>"));
        Assert.That(mail.Message.Cc, Is.Empty);
        Assert.That(mail.Envelope, Is.EquivalentTo(new[] { Address(lead) }));
        Assert.That(mail.Message.Subject, Is.EqualTo($"Sở Xây dựng tỉnh Đắk Lắk chưa trả lời văn bản số {number}, đã hết hạn, chưa tròn 01 ngày làm việc"));
        Assert.That(mail.Text, Does.Contain($"1. Văn bản số {number} của Sở Tài chính tỉnh Đắk Lắk"));
        Assert.That(mail.Text, Does.Contain($"Trích yếu: {Title}"));
        Assert.That(mail.Text, Does.Contain($"Sở Xây dựng tỉnh Đắk Lắk chưa có ý kiến trả lời. Hạn trả lời: {VietnameseDates.Deadline(due)}; đã hết hạn, chưa tròn 01 ngày làm việc."));
        Assert.That(mail.Text, Does.Contain("Điểm i khoản 1 Chỉ thị ngày 08/11/2024 của Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk"));
        Assert.That(mail.Text, Does.Contain("Đề nghị:\n- Đơn vị chủ trì tiếp tục theo dõi, đôn đốc"));
        var toHead = MailsTo(HeadAddress(late)).Single();
        Assert.That(toHead.Message.To.Mailboxes.Single().ToString(),
            Is.EqualTo($"\"Ông/Bà Nguyễn Văn An, Thủ trưởng Sở Xây dựng tỉnh Đắk Lắk\" <{HeadAddress(late)}>"));
        Assert.That(toHead.Text, Does.Contain("Đề nghị:\n- Thủ trưởng cơ quan chỉ đạo khẩn trương có ý kiến bằng văn bản"));
        Assert.That(mail.Text, Does.Not.Contain("Sở Tư pháp"), "the agency that answered is not named");
        Assert.That(mail.Html, Does.Contain($"<strong>Văn bản số {number}</strong>"));
        Assert.That(Smtp.Received.Count(m => m.Mentions(number) && m.IsFor(Address(lead))), Is.EqualTo(1));
        Assert.That(await CountAsync("SELECT COUNT(*) FROM mails WHERE id = @id AND status = 'sent'",
            new { id = Guid.Parse(mail.Message.MessageId!.Split('@')[0]) }), Is.EqualTo(1), "the Message-ID is the mail's id, marked sent");
    }

    [Test]
    public async Task Should_write_to_the_supervisor_too_at_level_2()
    {
        var (lead, late, number, _) = await OverdueToLevel2Async("Sở Giáo dục và Đào tạo tỉnh Đắk Lắk", "Ủy ban nhân dân xã Ea Kao");

        var toLead = MailsTo(Address(lead));
        var toSupervisor = MailsTo("snv@daklak.test").Where(m => m.Mentions(number)).ToList();
        Assert.That(toLead, Has.Count.EqualTo(2), "level 1, then level 2");
        Assert.That(toLead[1].Text, Does.Contain("Đây là lần nhắc thứ hai; Sở Nội vụ cũng được thông báo."));
        Assert.That(toLead[1].Message.Cc, Is.Empty);
        Assert.That(MailsTo(HeadAddress(late)), Has.Count.EqualTo(2), "the head: level 1, then level 2, each its own mail");
        Assert.That(toSupervisor, Has.Count.EqualTo(1));
        Assert.That(toSupervisor[0].Text, Does.Contain("Sở Nội vụ theo dõi, đôn đốc việc thực hiện theo khoản 2 Chỉ thị."));
        Assert.That(toSupervisor[0].Text, Does.Contain("Ủy ban nhân dân xã Ea Kao chưa có ý kiến trả lời"));
    }

    [Test]
    public async Task Should_link_each_recipient_to_the_consultation_as_its_own_agency_with_links_the_api_reads()
    {
        var (lead, late, number, id) = await OverdueToLevel2Async("Sở Tài chính tỉnh Đắk Lắk", "Sở Nông nghiệp và Môi trường tỉnh Đắk Lắk");

        // The API is another process with its own data protection, sharing only the database's key ring.
        await using var api = new ConsultationApiFactory(Database, clock: Clock);
        var portal = api.Services.GetRequiredService<PortalLinks>();
        PortalLink Read(ReceivedMail mail)
        {
            var urls = MailedLinks.InText(mail.Message);
            Assert.That(MailedLinks.InHtml(mail.Message), Is.EqualTo(urls));
            var check = portal.Read(MailedLinks.Token(urls.Single()), Now);
            Assert.That(check.Status, Is.EqualTo(PortalLinkStatus.Valid));
            return check.Link!;
        }
        var toLead = Read(MailsTo(Address(lead))[^1]);
        var toHead = Read(MailsTo(HeadAddress(late))[^1]);
        var toSupervisor = Read(MailsTo("snv@daklak.test").Single(m => m.Mentions(number)));
        Assert.That((toLead.AgencyCode, toLead.Role, toLead.ConsultationId), Is.EqualTo((lead, Roles.Agency, id)));
        Assert.That((toHead.AgencyCode, toHead.Role, toHead.ConsultationId), Is.EqualTo((late, Roles.Agency, id)));
        Assert.That((toSupervisor.AgencyCode, toSupervisor.Role, toSupervisor.ConsultationId), Is.EqualTo(("SNV", Roles.Supervisor, id)));
        Assert.That(toLead.ExpiresAt, Is.EqualTo(Now.AddDays(14)), "issued when the mail went");
    }

    [Test]
    public async Task Should_not_send_again_when_the_event_is_delivered_again()
    {
        var (lead, _, number, id, _) = await OverdueAsync("Sở Tài chính tỉnh Đắk Lắk", "Sở Công Thương tỉnh Đắk Lắk");
        var (messageId, overdue) = (await Capture.WaitForAsync<AssignmentOverdue>(m => m.ConsultationId == id, 1)).Single();

        // The same event twice more (a redelivery, a re-publish after a crash), then a new one that shows the consumer has caught up.
        var bus = Worker.Services.GetRequiredService<IBus>();
        await bus.Publish(overdue, c => c.MessageId = messageId);
        await bus.Publish(overdue, c => c.MessageId = messageId);
        var marker = overdue with { EscalationId = Guid.NewGuid(), ConsultationId = Guid.NewGuid(), DocumentNumber = DocumentNumber(lead) };
        await bus.Publish(marker, c => c.MessageId = marker.EscalationId);
        await WaitForItemsAsync([marker.ConsultationId], EscalationKinds.Overdue, 2);
        await Task.Delay(500);
        await DispatchAsync();

        var toLead = MailsTo(Address(lead));
        Assert.That(toLead, Has.Count.EqualTo(2));
        Assert.That(toLead.Count(m => m.Mentions(number)), Is.EqualTo(1), "the repeated event added nothing");
        Assert.That(toLead[1].Mentions(marker.DocumentNumber), Is.True);
        Assert.That(await CountAsync("SELECT COUNT(*) FROM mail_items WHERE source_id = @messageId", new { messageId }), Is.EqualTo(2), "one item for the lead, one for the head, each once");
    }

    /// <summary>A consultation with one late agency, taken past its deadline, the lead's and the head's mails sent.</summary>
    private async Task<(string Lead, string Late, string Number, Guid Id, DateTimeOffset Due)> OverdueAsync(string leadName, string lateName)
    {
        var lead = await AgencyAsync(leadName);
        var late = await AgencyAsync(lateName);
        var number = DocumentNumber(lead);
        var due = WorkingDaysFromNow(1);
        var (id, _) = await Facts.OpenAsync(lead, number, Title, Now, due, false, late);
        MoveToFirstWorkingDayAfter(due, 10);
        await Worker.RunJobsAsync();
        await WaitForItemsAsync([id], EscalationKinds.Overdue, 2);
        await DispatchAsync();
        return (lead, late, number, id, due);
    }

    /// <summary>The same, then past level 2 too: the lead, the head and the supervisor written to again.</summary>
    private async Task<(string Lead, string Late, string Number, Guid Id)> OverdueToLevel2Async(string leadName, string lateName)
    {
        var (lead, late, number, id, due) = await OverdueAsync(leadName, lateName);
        MoveTo(due, 8, 9);
        await Worker.RunJobsAsync();
        await WaitForItemsAsync([id], EscalationKinds.Overdue, 5);
        await DispatchAsync();
        return (lead, late, number, id);
    }
}

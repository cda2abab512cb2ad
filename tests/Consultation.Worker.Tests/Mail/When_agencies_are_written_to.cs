using Consultation.Core.Calendar;
using Consultation.Core.Escalations;
using Consultation.TestSupport;
using Consultation.Worker.Tests.Infrastructure;

namespace Consultation.Worker.Tests.Mail;

/// <summary>Each event's recipients and what they are told: asked, reminded, a vague answer, silence taken as agreement.</summary>
[TestFixture(typeof(SqliteDb))]
[TestFixture(typeof(PostgresDb))]
[TestFixture(typeof(SqlServerDb))]
public sealed class When_agencies_are_written_to<TDatabase> : MailScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    [Test]
    public async Task Should_tell_a_consulted_agency_what_is_asked_and_by_when_then_remind_it()
    {
        var lead = await AgencyAsync("Sở Tài chính tỉnh Đắk Lắk");
        var asked = await AgencyAsync("Sở Tư pháp tỉnh Đắk Lắk");
        var number = DocumentNumber(lead);
        var due = WorkingDaysFromNow(3);
        var (id, _) = await Facts.OpenAsync(lead, number, "Dự thảo Quyết định ban hành quy chế quản lý tài sản công", Now, due, false, asked);
        await Worker.RunJobsAsync();
        await WaitForItemsAsync([id], EscalationKinds.Requested, 1);
        await DispatchAsync();
        MoveTo(due, -1, 8);
        await Worker.RunJobsAsync();
        await WaitForItemsAsync([id], EscalationKinds.DueSoon, 1);
        await DispatchAsync();

        var mails = MailsTo(Address(asked));
        Assert.That(mails, Has.Count.EqualTo(2));
        var request = mails[0];
        Assert.That(request.Message.Subject, Is.EqualTo($"Sở Tài chính tỉnh Đắk Lắk đề nghị cho ý kiến đối với văn bản số {number}"));
        Assert.That(request.Message.Cc, Is.Empty);
        Assert.That(request.Text, Does.Contain("Kính gửi: Sở Tư pháp tỉnh Đắk Lắk."));
        Assert.That(request.Text, Does.Contain("Vấn đề xin ý kiến: Tiêu chí phân bổ kinh phí chuyển đổi số cho các xã, phường"));
        Assert.That(request.Text, Does.Contain("Định hướng xử lý đề xuất: Phân bổ 60% theo dân số, 40% theo diện tích"));
        Assert.That(request.Text, Does.Contain("Lý do lấy ý kiến quý cơ quan: Theo chức năng quản lý nhà nước"));
        Assert.That(request.Text, Does.Contain($"Hạn trả lời: {VietnameseDates.Deadline(due)}."));
        var reminder = mails[1];
        Assert.That(reminder.Message.Subject, Is.EqualTo($"Nhắc hạn trả lời văn bản số {number}: {VietnameseDates.Deadline(due)}"));
        Assert.That(reminder.Text, Does.Contain("hết hạn trong ngày hôm nay"));
        Assert.That(reminder.Text, Does.Contain("Quý cơ quan trả lời trước thời hạn nêu trên."));
    }

    [Test]
    public async Task Should_ask_the_lead_to_review_a_vague_answer()
    {
        var lead = await AgencyAsync("Sở Tài chính tỉnh Đắk Lắk");
        var vague = await AgencyAsync("Sở Nội vụ tỉnh Đắk Lắk");
        var number = DocumentNumber(lead);
        var (id, _) = await Facts.OpenAsync(lead, number, "Dự thảo Đề án sắp xếp đơn vị sự nghiệp công lập", Now, WorkingDaysFromNow(5), false, vague);
        await Facts.AnswerAsync(id, vague, Now, Facts.VagueAnswer);

        await Worker.RunJobsAsync();
        await WaitForItemsAsync([id], EscalationKinds.VagueAnswer, 1);
        await DispatchAsync();

        var mail = MailsTo(Address(lead)).Single();
        Assert.That(mail.Message.Subject, Is.EqualTo($"Đề nghị xem xét ý kiến trả lời chưa rõ quan điểm của Sở Nội vụ tỉnh Đắk Lắk (văn bản số {number})"));
        Assert.That(mail.Text, Does.Contain("Quan điểm nêu trong ý kiến: Thống nhất."));
        Assert.That(mail.Text, Does.Contain("Nội dung ý kiến: \"Thống nhất\""));
        Assert.That(mail.Text, Does.Contain("đồng ý chung chung"));
        Assert.That(mail.Text, Does.Contain($"POST /api/v1/consultations/{id}/assignments/{vague}/review"));
        Assert.That(mail.Text, Does.Contain("chấp nhận ý kiến (accept); xác nhận ý kiến chưa rõ quan điểm (confirm_vague); hoặc đề nghị cơ quan giải trình"));
    }

    [Test]
    public async Task Should_tell_the_lead_and_the_silent_agencys_head_that_silence_counts_as_agreement()
    {
        var lead = await AgencyAsync("Sở Tài chính tỉnh Đắk Lắk");
        var silent = await AgencyAsync("Sở Y tế tỉnh Đắk Lắk", "Trần Thị Bình");
        var number = DocumentNumber(lead);
        var due = WorkingDaysFromNow(1);
        var (id, _) = await Facts.OpenAsync(lead, number, "Dự thảo Kế hoạch phòng, chống dịch bệnh năm 2027", Now, due, true, silent);
        MoveTo(due, 0, 9);

        await Worker.RunJobsAsync();
        await WaitForItemsAsync([id], EscalationKinds.DeemedAgreed, 2);
        await DispatchAsync();

        var toLead = MailsTo(Address(lead)).Single();
        var toHead = MailsTo(HeadAddress(silent)).Single();
        Assert.That(toLead.Message.Subject, Is.EqualTo($"Sở Y tế tỉnh Đắk Lắk được coi là thống nhất với văn bản số {number}"));
        Assert.That(toHead.Message.To.Mailboxes.Single().Name, Is.EqualTo("Ông/Bà Trần Thị Bình, Thủ trưởng Sở Y tế tỉnh Đắk Lắk"));
        Assert.That(toHead.Text, Does.Contain("Kính gửi: Ông/Bà Trần Thị Bình, Thủ trưởng Sở Y tế tỉnh Đắk Lắk."));
        Assert.That(toHead.Text, Does.Contain($"Hết hạn trả lời ({VietnameseDates.Deadline(due)}), Sở Y tế tỉnh Đắk Lắk không có ý kiến"));
        Assert.That(toHead.Message.MessageId, Is.Not.EqualTo(toLead.Message.MessageId), "one mail per recipient");
    }

    [Test]
    public async Task Should_encode_markup_typed_into_a_title_in_the_HTML_part()
    {
        var lead = await AgencyAsync("Sở Tài chính tỉnh Đắk Lắk");
        var asked = await AgencyAsync("Sở Xây dựng tỉnh Đắk Lắk");
        const string Title = "<script>alert('xss')</script> Dự thảo \"Quy chế\" & phụ lục";
        var (id, _) = await Facts.OpenAsync(lead, DocumentNumber(lead), Title, Now, WorkingDaysFromNow(5), false, asked);

        await Worker.RunJobsAsync();
        await WaitForItemsAsync([id], EscalationKinds.Requested, 1);
        await DispatchAsync();

        var mail = MailsTo(Address(asked)).Single();
        Assert.That(mail.Html, Does.Not.Contain("<script>"));
        Assert.That(mail.Html, Does.Contain("Trích yếu: &lt;script&gt;alert(&#x27;xss&#x27;)&lt;/script&gt; Dự thảo &quot;Quy chế&quot; &amp; phụ lục"));
        Assert.That(mail.Text, Does.Contain("Trích yếu: " + Title));
    }
}

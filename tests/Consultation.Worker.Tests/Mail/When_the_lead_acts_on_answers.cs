using Consultation.Core.Calendar;
using Consultation.Core.Consultations;
using Consultation.Core.Escalations;
using Consultation.TestSupport;
using Consultation.Worker.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Worker.Tests.Mail;

/// <summary>
/// What reaches people when answers need the lead: a clarification request goes to the consulted
/// agency with the note and the new deadline; a not_competent answer goes to the lead at once with
/// how to redirect; a referral that comes back round the chain goes to the supervisor and the lead.
/// </summary>
[TestFixture(typeof(SqliteDb))]
[TestFixture(typeof(PostgresDb))]
[TestFixture(typeof(SqlServerDb))]
public sealed class When_the_lead_acts_on_answers<TDatabase> : MailScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private const string Title = "Dự thảo Quyết định phân bổ kinh phí chuyển đổi số năm 2027";

    private ConsultationCommands Commands => Worker.Services.GetRequiredService<ConsultationCommands>();

    [Test]
    public async Task Should_send_the_clarification_request_to_the_agency_with_the_note_and_the_new_deadline()
    {
        var lead = await AgencyAsync("Sở Tài chính tỉnh Đắk Lắk");
        var asked = await AgencyAsync("Sở Xây dựng tỉnh Đắk Lắk");
        var number = DocumentNumber(lead);
        var (id, _) = await Facts.OpenAsync(lead, number, Title, Now, WorkingDaysFromNow(5), false, asked);
        await Worker.RunJobsAsync();
        await WaitForItemsAsync([id], EscalationKinds.Requested, 1);
        await DispatchAsync();
        await Facts.AnswerAsync(id, asked, Now.AddHours(1));
        var due = WorkingDaysFromNow(3);
        var review = await Commands.ReviewAsync(new Review
        {
            ConsultationId = id,
            AgencyCode = asked,
            Decision = ReviewDecisions.RequestClarification,
            Note = "Đề nghị nêu rõ ý kiến về tỷ lệ phân bổ 60/40 và căn cứ pháp lý",
            DueAt = due,
            WorkingDays = 3,
            Actor = lead,
            LeadAgencyCode = lead,
            Now = Now.AddHours(2),
        });
        Assert.That(review.Outcome, Is.EqualTo(ChangeOutcome.Done));

        await Worker.RunJobsAsync();
        await WaitForItemsAsync([id], EscalationKinds.ClarificationRequested, 1);
        await DispatchAsync();

        var mail = MailsTo(Address(asked)).Single(m => m.Text.Contains("giải trình, làm rõ", StringComparison.Ordinal));
        Assert.That(mail.Message.Subject, Is.EqualTo($"Sở Tài chính tỉnh Đắk Lắk đề nghị giải trình, làm rõ ý kiến đối với văn bản số {number}"));
        Assert.That(mail.Text, Does.Contain("Nội dung đề nghị làm rõ: \"Đề nghị nêu rõ ý kiến về tỷ lệ phân bổ 60/40 và căn cứ pháp lý\""));
        Assert.That(mail.Text, Does.Contain($"Hạn trả lời: {VietnameseDates.Deadline(due)} (trong thời hạn 3 ngày làm việc)."));
        Assert.That(mail.Message.Cc, Is.Empty);
    }

    [Test]
    public async Task Should_tell_the_lead_at_once_of_a_not_competent_answer_and_how_to_redirect()
    {
        var lead = await AgencyAsync("Sở Tài chính tỉnh Đắk Lắk");
        var referring = await AgencyAsync("Sở Xây dựng tỉnh Đắk Lắk");
        var competent = await AgencyAsync("Sở Nông nghiệp và Môi trường tỉnh Đắk Lắk");
        var number = DocumentNumber(lead);
        var (id, _) = await Facts.OpenAsync(lead, number, Title, Now, WorkingDaysFromNow(5), false, referring);
        await ReferAsync(id, referring, competent, Now.AddHours(1));

        await Worker.RunJobsAsync();
        await WaitForItemsAsync([id], EscalationKinds.Referred, 1);
        await DispatchAsync();

        var mail = MailsTo(Address(lead)).Single(m => m.Mentions(number));
        Assert.That(mail.Message.Subject, Is.EqualTo($"Sở Xây dựng tỉnh Đắk Lắk trả lời không thuộc chức năng, nhiệm vụ đối với văn bản số {number}"));
        Assert.That(mail.Text, Does.Contain("Sở Xây dựng tỉnh Đắk Lắk trả lời nội dung lấy ý kiến không thuộc chức năng, nhiệm vụ của cơ quan và đề nghị chuyển Sở Nông nghiệp và Môi trường tỉnh Đắk Lắk."));
        Assert.That(mail.Text, Does.Contain("Căn cứ nêu trong ý kiến: Nghị định 120/2025/NĐ-CP, Điều 5"));
        Assert.That(mail.Text, Does.Contain($"POST /api/v1/consultations/{id}/assignments/{referring}/redirect"));
        Assert.That(MailsTo(Address(competent)), Is.Empty, "the named agency is asked only once the lead redirects");
    }

    [Test]
    public async Task Should_tell_the_supervisor_and_the_lead_when_a_referral_comes_back_round_the_chain()
    {
        var lead = await AgencyAsync("Sở Tài chính tỉnh Đắk Lắk");
        var first = await AgencyAsync("Sở Xây dựng tỉnh Đắk Lắk");
        var second = await AgencyAsync("Sở Nông nghiệp và Môi trường tỉnh Đắk Lắk");
        var number = DocumentNumber(lead);
        var (id, _) = await Facts.OpenAsync(lead, number, Title, Now, WorkingDaysFromNow(5), false, first);
        await ReferAsync(id, first, second, Now.AddHours(1));
        var redirect = await Commands.RedirectAsync(new Redirection
        {
            ConsultationId = id,
            FromAgencyCode = first,
            DueAt = WorkingDaysFromNow(5),
            WorkingDays = 5,
            Reason = "Theo đề nghị của Sở Xây dựng",
            Actor = lead,
            LeadAgencyCode = lead,
            Now = Now.AddHours(2),
        });
        Assert.That(redirect.Outcome, Is.EqualTo(ChangeOutcome.Done));
        await ReferAsync(id, second, first, Now.AddHours(3));

        await Worker.RunJobsAsync();
        await WaitForItemsAsync([id], EscalationKinds.ReferralRing, 2);
        await WaitForItemsAsync([id], EscalationKinds.Requested, 2);
        await DispatchAsync();

        var toSupervisor = MailsTo("snv@daklak.test").Single(m => m.Mentions(number));
        Assert.That(toSupervisor.Message.Subject, Is.EqualTo($"Văn bản số {number} bị chuyển vòng giữa các cơ quan, chưa có cơ quan nhận xử lý"));
        Assert.That(toSupervisor.Text, Does.Contain(
            "Văn bản đã được chuyển lần lượt qua các cơ quan: Sở Xây dựng tỉnh Đắk Lắk → Sở Nông nghiệp và Môi trường tỉnh Đắk Lắk → Sở Xây dựng tỉnh Đắk Lắk."));
        Assert.That(toSupervisor.Text, Does.Contain("đùn đẩy trách nhiệm"));
        var toLead = MailsTo(Address(lead)).Where(m => m.Mentions(number)).ToList();
        Assert.That(toLead.Any(m => m.Text.Contains("chuyển lần lượt qua các cơ quan", StringComparison.Ordinal)), Is.True);
        Assert.That(MailsTo(Address(second)).Concat(MailsTo(Address(first))).Where(m => m.Mentions(number)).Select(m => m.Text),
            Has.None.Contains("chuyển lần lượt qua các cơ quan"), "the agencies of the ring are not written to about it; their heads answer to the supervisor");
    }

    private async Task ReferAsync(Guid id, string agency, string competent, DateTimeOffset at)
    {
        await Facts.AnswerAsync(id, agency, at,
            "Nội dung lấy ý kiến không thuộc chức năng, nhiệm vụ của cơ quan; đề nghị chuyển cơ quan có thẩm quyền.", Positions.NotCompetent,
            "Nghị định 120/2025/NĐ-CP, Điều 5", competent);
    }
}

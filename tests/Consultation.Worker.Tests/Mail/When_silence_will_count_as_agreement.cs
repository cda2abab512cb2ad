using Consultation.Core.Calendar;
using Consultation.Core.Escalations;
using Consultation.TestSupport;
using Consultation.Worker.Tests.Infrastructure;

namespace Consultation.Worker.Tests.Mail;

/// <summary>An agency is recorded as agreeing by silence only after the request and the reminder told it so, with the deadline.</summary>
[TestFixture(typeof(SqliteDb))]
[TestFixture(typeof(PostgresDb))]
[TestFixture(typeof(SqlServerDb))]
public sealed class When_silence_will_count_as_agreement<TDatabase> : MailScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private const string Warning = "quá thời hạn trên mà quý cơ quan không có ý kiến bằng văn bản thì được coi là thống nhất với nội dung lấy ý kiến";

    [TestCase(true)]
    [TestCase(false)]
    public async Task Should_say_so_plainly_in_the_request_and_in_the_reminder(bool silenceMeansConsent)
    {
        var lead = await AgencyAsync("Sở Tài chính tỉnh Đắk Lắk");
        var asked = await AgencyAsync("Sở Y tế tỉnh Đắk Lắk");
        var number = DocumentNumber(lead);
        var due = WorkingDaysFromNow(3);
        var (id, _) = await Facts.OpenAsync(lead, number, "Dự thảo Quyết định phân bổ kinh phí chuyển đổi số năm 2027", Now, due, silenceMeansConsent, asked);

        await Worker.RunJobsAsync();
        await WaitForItemsAsync([id], EscalationKinds.Requested, 1);
        await DispatchAsync();
        MoveTo(due, -1, 8);
        await Worker.RunJobsAsync();
        await WaitForItemsAsync([id], EscalationKinds.DueSoon, 1);
        await DispatchAsync();

        var mails = MailsTo(Address(asked)).Where(m => m.Mentions(number)).ToList();
        Assert.That(mails, Has.Count.EqualTo(2), "the request, then the reminder");
        foreach (var mail in mails)
        {
            Assert.That(mail.Text, Does.Contain(VietnameseDates.Deadline(due)));
            Assert.That(mail.Text.Contains(Warning, StringComparison.Ordinal), Is.EqualTo(silenceMeansConsent), mail.Text);
            Assert.That(mail.Html.Contains(Warning, StringComparison.Ordinal), Is.EqualTo(silenceMeansConsent));
        }
    }
}

using Consultation.Core.Escalations;
using Consultation.TestSupport;
using Consultation.Worker.Tests.Infrastructure;

namespace Consultation.Worker.Tests.Mail;

/// <summary>
/// Lines are checked against the database just before their mail goes out: an agency that answered
/// after its overdue event was published is not reported as silent, and a mail with nothing true
/// left is not sent at all.
/// </summary>
[TestFixture(typeof(SqliteDb))]
[TestFixture(typeof(PostgresDb))]
[TestFixture(typeof(SqlServerDb))]
public sealed class When_a_line_is_no_longer_true<TDatabase> : MailScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private const string Title = "Dự thảo Quyết định phân bổ kinh phí chuyển đổi số năm 2027";

    [Test]
    public async Task Should_leave_out_an_agency_that_answered_since_and_send_nothing_when_nothing_is_left()
    {
        var lead = await AgencyAsync("Sở Tài chính tỉnh Đắk Lắk");
        var stillLate = await AgencyAsync("Sở Xây dựng tỉnh Đắk Lắk");
        var answeredSince = await AgencyAsync("Sở Y tế tỉnh Đắk Lắk");
        var number = DocumentNumber(lead);
        var due = WorkingDaysFromNow(2);
        var (id, _) = await Facts.OpenAsync(lead, number, Title, Now, due, false, stillLate, answeredSince);
        MoveToFirstWorkingDayAfter(due, 1);
        await Worker.RunJobsAsync();
        await WaitForItemsAsync([id], EscalationKinds.Overdue, 4);

        await WaitForItemsAsync([id], EscalationKinds.Requested, 2);
        // Forty seconds after the event, inside the consolidation window.
        await Facts.AnswerAsync(id, answeredSince, Now.AddSeconds(40));
        var run = await DispatchAsync();

        var toLead = MailsTo(Address(lead)).Single(m => m.Mentions(number));
        Assert.That(toLead.Text, Does.Contain("Sở Xây dựng tỉnh Đắk Lắk chưa có ý kiến trả lời."));
        Assert.That(toLead.Text, Does.Not.Contain("Sở Y tế"), "it has answered");
        Assert.That(MailsTo(HeadAddress(answeredSince)), Is.Empty, "its head's mail had nothing true left and was not sent");
        Assert.That(await CountAsync("SELECT COUNT(*) FROM mails WHERE recipient = @recipient AND status = 'obsolete'", new { recipient = HeadAddress(answeredSince) }), Is.EqualTo(1));
        Assert.That(MailsTo(HeadAddress(stillLate)), Has.Count.EqualTo(1));
        TestContext.Out.WriteLine($"mail run: {run}");
    }
}

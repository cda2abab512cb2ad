using Consultation.Core.Escalations;
using Consultation.TestSupport;
using Consultation.Worker.Tests.Infrastructure;

namespace Consultation.Worker.Tests.Mail;

/// <summary>One scan finds 300 overdue assignments of one lead unit: the lead gets one email that lists them all.</summary>
[TestFixture(typeof(SqliteDb))]
[TestFixture(typeof(PostgresDb))]
[TestFixture(typeof(SqlServerDb))]
public sealed class When_a_storm_of_escalations_arrives(Type database) : MailScenario(database)
{
    [Test]
    public async Task Should_send_the_lead_one_email_listing_all_300_grouped_by_consultation()
    {
        var lead = await AgencyAsync("Sở Kế hoạch và Đầu tư tỉnh Đắk Lắk");
        var consulted = new[]
        {
            await AgencyAsync("Sở Xây dựng tỉnh Đắk Lắk"),
            await AgencyAsync("Sở Nông nghiệp và Môi trường tỉnh Đắk Lắk"),
            await AgencyAsync("Ủy ban nhân dân phường Buôn Ma Thuột"),
        };
        var due = WorkingDaysFromNow(1);
        var numbers = Enumerable.Range(1, 100).Select(i => $"{i}-{Guid.NewGuid().ToString("N")[..4]}/{lead}-KTĐN").ToList();
        var ids = new List<Guid>();
        foreach (var number in numbers)
        {
            ids.Add((await Facts.OpenAsync(lead, number, $"Dự thảo kế hoạch đầu tư công số {number}", Now, due, false, consulted)).Consultation);
        }
        MoveToFirstWorkingDayAfter(due, 10);

        await Worker.RunJobsAsync();
        await WaitForItemsAsync(ids, EscalationKinds.Overdue, 300);
        await WaitForItemsAsync(ids, EscalationKinds.Requested, 300);
        var run = await DispatchAsync();

        var toLead = MailsTo(Address(lead));
        Assert.That(toLead, Has.Count.EqualTo(1), "one email, not 300");
        var mail = toLead[0];
        Assert.That(mail.Message.Subject, Is.EqualTo("Tổng hợp 300 nội dung về lấy ý kiến phối hợp: 300 trường hợp quá hạn chưa trả lời"));
        Assert.That(numbers.Where(mail.Mentions).Count(), Is.EqualTo(100), "every consultation has its heading");
        Assert.That(mail.Text.Split('\n').Count(l => l.Contains("chưa có ý kiến trả lời. Hạn trả lời:", StringComparison.Ordinal)), Is.EqualTo(300));
        Assert.That(mail.Message.Cc.Mailboxes.Select(m => m.Address), Is.EquivalentTo(consulted.Select(HeadAddress)), "each late agency's head once");
        Assert.That(await CountAsync("SELECT COUNT(*) FROM mails WHERE recipient = @recipient AND item_count = 300", new { recipient = Address(lead) }), Is.EqualTo(1));
        foreach (var agency in consulted)
        {
            // The same storm seen from each consulted agency: its 100 requests arrive in one email too.
            Assert.That(MailsTo(Address(agency)).Count(m => m.Message.Subject?.StartsWith("Tổng hợp 100 nội dung", StringComparison.Ordinal) == true), Is.EqualTo(1));
        }
        TestContext.Out.WriteLine($"mail run: {run}");
    }
}

using Consultation.Core.Escalations;
using Consultation.TestSupport;
using Consultation.Worker.Tests.Infrastructure;

namespace Consultation.Worker.Tests.Mail;

/// <summary>One scan finds 300 overdue assignments of one lead unit: the lead gets one email that lists them all.</summary>
[TestFixture(typeof(SqliteDb))]
[TestFixture(typeof(PostgresDb))]
[TestFixture(typeof(SqlServerDb))]
public sealed class When_a_storm_of_escalations_arrives<TDatabase> : MailScenario<TDatabase>
    where TDatabase : TestDatabase, new()
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
        await WaitForItemsAsync(ids, EscalationKinds.Overdue, 600);
        await WaitForItemsAsync(ids, EscalationKinds.Requested, 300);
        var run = await DispatchAsync();

        var toLead = MailsTo(Address(lead));
        Assert.That(toLead, Has.Count.EqualTo(1), "one email, not 300");
        var mail = toLead[0];
        Assert.That(mail.Message.Subject, Is.EqualTo("Tổng hợp 300 nội dung về lấy ý kiến phối hợp: 300 trường hợp quá hạn chưa trả lời"));
        Assert.That(numbers.Where(mail.Mentions).Count(), Is.EqualTo(100), "every consultation has its heading");
        Assert.That(mail.Text.Split('\n').Count(l => l.Contains("chưa có ý kiến trả lời. Hạn trả lời:", StringComparison.Ordinal)), Is.EqualTo(300));
        Assert.That(mail.Message.Cc, Is.Empty, "no head reads the lead's list of other agencies");
        Assert.That(await CountAsync("SELECT COUNT(*) FROM mails WHERE recipient = @recipient AND item_count = 300", new { recipient = Address(lead) }), Is.EqualTo(1));
        foreach (var agency in consulted)
        {
            // The same storm seen from each consulted agency: its 100 requests arrive in one email too,
            // and its head gets one email listing its own 100 overdue assignments and nothing else.
            Assert.That(MailsTo(Address(agency)).Count(m => m.Message.Subject?.StartsWith("Tổng hợp 100 nội dung", StringComparison.Ordinal) == true), Is.EqualTo(1));
            var toHead = MailsTo(HeadAddress(agency)).Single();
            Assert.That(toHead.Message.Subject, Is.EqualTo("Tổng hợp 100 nội dung về lấy ý kiến phối hợp: 100 trường hợp quá hạn chưa trả lời"));
            var lines = toHead.Text.Split('\n').Where(l => l.Contains("chưa có ý kiến trả lời.", StringComparison.Ordinal)).ToList();
            Assert.That(lines, Has.Count.EqualTo(100));
            Assert.That(lines.Select(l => l.Split(" chưa có ý kiến trả lời.")[0].Trim()).Distinct().Count(), Is.EqualTo(1), "its own agency alone");
        }
        TestContext.Out.WriteLine($"mail run: {run}");
    }
}

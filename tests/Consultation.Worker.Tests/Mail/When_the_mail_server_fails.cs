using Consultation.Core.Escalations;
using Consultation.Core.Mail;
using Consultation.TestSupport;
using Consultation.Worker.Mail;
using Consultation.Worker.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Worker.Tests.Mail;

/// <summary>
/// Nothing lost, nothing twice, when the SMTP server is down, busy or refusing. The outage is real
/// (connections are refused) while the two minutes pass on the worker's clock: the retry schedule is
/// kept in the database against that clock, so stepping it through two minutes of attempts is what
/// two minutes of outage means to the worker, without the test sleeping through them.
/// </summary>
[TestFixture(typeof(SqliteDb))]
[TestFixture(typeof(PostgresDb))]
[TestFixture(typeof(SqlServerDb))]
public sealed class When_the_mail_server_fails<TDatabase> : MailScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private MailQueue Queue => Worker.Services.GetRequiredService<MailQueue>();

    [Test]
    public async Task Should_send_every_email_once_after_a_two_minute_outage()
    {
        var (id, number, agencies) = await OpenAsync(3);
        await Smtp.StopAsync();
        try
        {
            await Worker.RunJobsAsync();
            await WaitForItemsAsync([id], EscalationKinds.Requested, 3);
            var first = await DispatchAsync();
            for (var second = 0; second < 120; second += 10)
            {
                Clock.Advance(TimeSpan.FromSeconds(10));
                await Worker.Mail.RunAsync();
            }

            Assert.That(first.Composed, Is.GreaterThanOrEqualTo(3));
            Assert.That(first.Sent, Is.Zero);
            Assert.That(Smtp.Received.Where(m => m.Mentions(number)), Is.Empty);
            Assert.That(await CountAsync(
                "SELECT COUNT(*) FROM mails WHERE status = 'pending' AND attempts >= 3 AND last_error IS NOT NULL AND " + Recipients(agencies), new { }),
                Is.EqualTo(3), "each mail was tried again and again, and waits");
        }
        finally
        {
            await Smtp.StartAgainAsync();
        }
        Clock.Advance(TimeSpan.FromMinutes(5));
        var afterwards = await Worker.Mail.RunAsync();
        Clock.Advance(TimeSpan.FromMinutes(30));
        var later = await Worker.Mail.RunAsync();

        Assert.That(afterwards.Sent, Is.GreaterThanOrEqualTo(3));
        Assert.That(later.Sent, Is.Zero);
        foreach (var agency in agencies)
        {
            Assert.That(MailsTo(Address(agency)).Count(m => m.Mentions(number)), Is.EqualTo(1), $"{agency} gets its email once");
        }
    }

    [Test]
    public async Task Should_retry_a_busy_server_later()
    {
        var (id, number, agencies) = await OpenAsync(1);
        Smtp.ReplyCode = 451;
        await Worker.RunJobsAsync();
        await WaitForItemsAsync([id], EscalationKinds.Requested, 1);
        var busy = await DispatchAsync();
        var error = await ErrorOfAsync(agencies[0]);
        Smtp.ReplyCode = null;
        Clock.Advance(TimeSpan.FromSeconds(31));
        var free = await Worker.Mail.RunAsync();

        Assert.That(busy.Deferred, Is.EqualTo(1));
        Assert.That(error, Does.StartWith("SMTP 451"));
        Assert.That(free.Sent, Is.EqualTo(1));
        Assert.That(MailsTo(Address(agencies[0])).Count(m => m.Mentions(number)), Is.EqualTo(1));
    }

    [Test]
    public async Task Should_record_a_refused_email_as_failed_and_send_it_once_when_re_driven()
    {
        var (id, number, agencies) = await OpenAsync(1);
        var address = Address(agencies[0]);
        Smtp.RefusedRecipients[address] = true;
        await Worker.RunJobsAsync();
        await WaitForItemsAsync([id], EscalationKinds.Requested, 1);
        var refused = await DispatchAsync();
        var failed = (await Queue.FailedAsync()).Single(f => f.Recipient == address);
        var notYet = await Queue.RetryFailedAsync(Guid.NewGuid());

        Smtp.RefusedRecipients.Clear();
        var redriven = await Queue.RetryFailedAsync(failed.Id);
        var twice = await Queue.RetryFailedAsync(failed.Id);
        var sent = await Worker.Mail.RunAsync();
        var afterSending = await Queue.RetryFailedAsync(failed.Id);
        await Worker.Mail.RunAsync();

        Assert.That(refused.Failed, Is.EqualTo(1));
        Assert.That(failed.LastError, Does.StartWith("SMTP 550"));
        Assert.That((notYet, redriven, twice, afterSending), Is.EqualTo((false, true, false, false)), "only a failed mail is re-driven, once");
        Assert.That(sent.Sent, Is.EqualTo(1));
        var received = MailsTo(address).Where(m => m.Mentions(number)).ToList();
        Assert.That(received, Has.Count.EqualTo(1));
        Assert.That(received[0].Message.MessageId, Is.EqualTo($"{failed.Id}@daklak.test"), "the re-driven mail keeps its Message-ID");
    }

    [Test]
    public async Task Should_resend_only_the_one_email_accepted_just_before_a_crash()
    {
        var (id, number, agencies) = await OpenAsync(1);
        await Worker.RunJobsAsync();
        await WaitForItemsAsync([id], EscalationKinds.Requested, 1);
        Clock.Advance(Window + TimeSpan.FromSeconds(1));
        await Queue.ComposeDueAsync(Window, 1000);

        // A worker claims the mail, the server accepts it, and the process dies before marking it sent.
        var claimed = (await Queue.ClaimDueAsync(10, TimeSpan.FromMinutes(10))).Single(m => m.Recipient == Address(agencies[0]));
        var message = await Worker.Services.GetRequiredService<MailComposer>().ComposeAsync(claimed);
        await using (var transport = Worker.Services.GetRequiredService<MailTransports>().Create())
        {
            await transport.SendAsync(message, CancellationToken.None);
        }
        var duringLease = await Worker.Mail.RunAsync();
        Clock.Advance(TimeSpan.FromMinutes(11));
        var afterLease = await Worker.Mail.RunAsync();
        var later = await Worker.Mail.RunAsync();

        var copies = MailsTo(Address(agencies[0])).Where(m => m.Mentions(number)).ToList();
        Assert.That(duringLease.Sent, Is.Zero, "another run leaves a claimed mail alone");
        Assert.That((afterLease.Sent, later.Sent), Is.EqualTo((1, 0)));
        Assert.That(copies, Has.Count.EqualTo(2), "the one mail in the gap is sent twice, and nothing else");
        Assert.That(copies[1].Message.MessageId, Is.EqualTo(copies[0].Message.MessageId), "with the same Message-ID, so clients can tell");
    }

    private async Task<(Guid Id, string Number, string[] Agencies)> OpenAsync(int consulted)
    {
        var lead = await AgencyAsync("Sở Tài chính tỉnh Đắk Lắk");
        var agencies = new string[consulted];
        for (var i = 0; i < consulted; i++)
        {
            agencies[i] = await AgencyAsync($"Sở thứ {i + 1} tỉnh Đắk Lắk");
        }
        var number = DocumentNumber(lead);
        var (id, _) = await Facts.OpenAsync(lead, number, "Dự thảo Nghị quyết về giá dịch vụ y tế", Now, WorkingDaysFromNow(5), false, agencies);
        return (id, number, agencies);
    }

    private async Task<string?> ErrorOfAsync(string agency)
    {
        var db = Worker.Services.GetRequiredService<Core.Data.Db>();
        await using var connection = await db.OpenAsync();
        return await Dapper.SqlMapper.ExecuteScalarAsync<string?>(connection, "SELECT last_error FROM mails WHERE recipient = @recipient", new { recipient = Address(agency) });
    }

    private static string Recipients(string[] agencies) => "recipient IN (" + string.Join(", ", agencies.Select(a => $"'{Address(a)}'")) + ")";
}

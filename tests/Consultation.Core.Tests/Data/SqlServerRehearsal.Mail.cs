using Consultation.Core.Escalations;
using Consultation.Core.Mail;

namespace Consultation.Core.Tests.Data;

internal sealed partial class SqlServerRehearsal
{
    // Mail:MaxItemsPerMail at its largest, and the mail job's claim of ten mails a round.
    private const int ItemsPerMail = 1000;
    private const int MailsPerClaim = 10;

    /// <summary>The mail job's round: items recorded, gathered into full mails, claimed, checked, marked; a report's mail; ops' re-drive.</summary>
    private async Task MailAsync()
    {
        var queue = Get<MailQueue>();
        await queue.AddAsync([Item("lead@daklak.test"), Item("head@daklak.test")]);
        Recorder.Returns("SELECT COUNT(*) FROM mails WHERE status = 'pending'", new { Count = 1 });
        await queue.BacklogAsync();

        Recorder.Returns("GROUP BY recipient", new { Recipient = "lead@daklak.test" })
            .Returns("id FROM mail_items", Enumerable.Range(0, ItemsPerMail).Select(_ => new { Id = Guid.NewGuid() }));
        await queue.ComposeDueAsync(TimeSpan.FromMinutes(1), ItemsPerMail);

        var mails = Enumerable.Range(0, MailsPerClaim).Select(_ => Guid.NewGuid()).ToList();
        Recorder.Returns("id FROM mails", mails.Select(id => new { Id = id }))
            .Returns("attempts, created_at FROM mails", mails.Select(id => new { Id = id, Recipient = "lead@daklak.test", Attempts = 1, CreatedAt = Now }))
            .Returns("FROM mail_items WHERE", mails.Select(ClaimedItem))
            .Returns("FROM report_mails", new { MailId = mails[0], ReportId = Guid.NewGuid(), RecipientName = "Sở Tài chính" });
        var claimed = await queue.ClaimDueAsync(MailsPerClaim, TimeSpan.FromMinutes(10));
        await queue.MarkSentAsync(claimed[0].Id);
        await queue.MarkObsoleteAsync(claimed[1].Id);
        await queue.RetryLaterAsync(claimed[2].Id, Now.AddMinutes(1), "421 busy");
        await queue.MarkFailedAsync(claimed[3].Id, "550 no such user");
        await queue.ReleaseAsync(claimed.Skip(4).Select(m => m.Id).ToList());

        // Each line of a mail is checked against the database before it goes: as many as a mail holds.
        var facts = new MailItemFacts(Db);
        await facts.AssignmentsAsync(Enumerable.Range(0, ItemsPerMail).Select(_ => Guid.NewGuid()).ToList());
        await facts.ReviewsAsync(Enumerable.Range(0, ItemsPerMail).Select(_ => Guid.NewGuid()).ToList());

        var report = Guid.NewGuid();
        await queue.AddReportAsync(report, "stc@daklak.test", "Sở Tài chính");
        // Announced again: the pair has its mail, and the one just written goes.
        Recorder.Affects("INSERT INTO report_mails", 0);
        await queue.AddReportAsync(report, "stc@daklak.test", "Sở Tài chính");

        await queue.FailedAsync();
        await queue.RetryFailedAsync(claimed[3].Id);
    }

    private MailItem Item(string recipient) => new()
    {
        SourceId = Guid.NewGuid(),
        Kind = EscalationKinds.Overdue,
        Role = MailRoles.Lead,
        ConsultationId = Guid.NewGuid(),
        Recipient = recipient,
        RecipientName = "Sở Tài chính",
        Payload = "{}",
    };

    // Columns in the order the claim reads them: the mail's id, then the item, split on source_id.
    private object ClaimedItem(Guid mailId) => new
    {
        MailId = mailId,
        SourceId = Guid.NewGuid(),
        Kind = EscalationKinds.Overdue,
        Role = MailRoles.Lead,
        ConsultationId = Guid.NewGuid(),
        Recipient = "lead@daklak.test",
        RecipientName = "Sở Tài chính",
        Payload = "{}",
        CreatedAt = Now,
    };
}

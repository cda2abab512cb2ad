using Consultation.Core.Consultations;
using Consultation.Core.Escalations;

namespace Consultation.Core.Tests.Data;

internal sealed partial class SqlServerRehearsal
{
    /// <summary>
    /// Every scan of the two jobs, each claiming a full batch. The overdue scan runs twice: silent
    /// consent and overdue mark their rows with different statements, and a batch of one kind only
    /// carries the most ids.
    /// </summary>
    private async Task ScanAsync()
    {
        var scanner = Get<EscalationScanner>();
        Recorder.Returns("a.requested_notified =", Full(() => new { Id = Guid.NewGuid(), DueAt = Now.AddDays(10), ReceivedAt = Now }));
        await scanner.ScanRequestsAsync();
        Recorder.Returns("a.reminder_sent =", Full(() => new { Id = Guid.NewGuid(), DueAt = Now.AddHours(12), ReceivedAt = Now.AddDays(-30) }));
        await scanner.ScanRemindersAsync();
        foreach (var silenceMeansConsent in new[] { true, false })
        {
            Recorder.Returns("a.escalation_level = 0 AND", Full(() => Claimed(Now.AddDays(-1), silenceMeansConsent)));
            await scanner.ScanOverdueAsync();
        }
        Recorder.Returns("a.escalation_level = 1 AND", Full(() => Claimed(Now.AddDays(-30), silenceMeansConsent: false)));
        await scanner.ScanLevel2Async();
        Recorder.Returns("ans.vague_escalated =", Full(() => new { Id = Guid.NewGuid(), AssignmentId = Guid.NewGuid() }));
        await scanner.ScanVagueAnswersAsync();
    }

    /// <summary>The publisher's round: a full batch claimed, its answers and a referral ring's chain read, all confirmed.</summary>
    private async Task PublishAsync()
    {
        var outbox = Get<EscalationOutbox>();
        var ids = Enumerable.Range(0, BatchSize).Select(_ => Guid.NewGuid()).ToList();
        Recorder.Returns("id FROM escalations", ids.Select(id => new { Id = id }))
            .Returns("FROM escalations e", ids.Select((id, i) => Pending(id, i == 0 ? EscalationKinds.ReferralRing : EscalationKinds.VagueAnswer)));
        await using (var batch = await outbox.ClaimAsync())
        {
            foreach (var escalation in batch.Escalations)
            {
                batch.Confirm(escalation.Id);
            }
            await batch.CompleteAsync();
        }
        Recorder.Returns("SELECT COUNT(*) FROM escalations WHERE published_at IS NULL", new { Count = 1 });
        await outbox.BacklogAsync();
    }

    private static object Claimed(DateTimeOffset dueAt, bool silenceMeansConsent) => new
    {
        Id = Guid.NewGuid(),
        Status = AssignmentStatus.Pending,
        DueAt = dueAt,
        ReceivedAt = dueAt.AddDays(-20),
        SilenceMeansConsent = silenceMeansConsent,
    };

    private object Pending(Guid id, string kind) => new
    {
        Id = id,
        Kind = kind,
        Level = 1,
        Occurrence = Occurrence.OfAnswer(Guid.NewGuid()),
        CreatedAt = Now,
        AssignmentId = Guid.NewGuid(),
        ConsultationId = Guid.NewGuid(),
        DocumentNumber = "125/STC-QLNS",
        Title = "Dự thảo quyết định",
        Issue = "Tiêu chí phân bổ",
        ProposedDirection = "Phân bổ theo dân số",
        Urgency = "normal",
        LeadAgencyCode = Lead,
        LeadAgencyName = "Sở Tài chính",
        AgencyCode = Consulted,
        AgencyName = "Sở Tư pháp",
        Reason = "Thẩm định",
        DueAt = Now,
        ReceivedAt = Now.AddDays(-10),
        DueWorkingDays = 5,
        Round = 1,
        SilenceMeansConsent = false,
    };
}

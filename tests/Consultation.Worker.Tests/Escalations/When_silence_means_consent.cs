using Consultation.Contracts;
using Consultation.Core.Consultations;
using Consultation.TestSupport;
using Consultation.Worker.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Worker.Tests.Escalations;

/// <summary>
/// Silence counts as agreement only where the lead said so and the agency never answered: an agency
/// that answered and then let a clarification deadline pass is overdue on the clarification, and an
/// answer that arrives after silence was recorded is accepted, late, and supersedes the presumption.
/// </summary>
[TestFixture(typeof(SqliteDb))]
[TestFixture(typeof(PostgresDb))]
[TestFixture(typeof(SqlServerDb))]
public sealed class When_silence_means_consent<TDatabase> : WorkerScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private ConsultationCommands Commands => Worker.Services.GetRequiredService<ConsultationCommands>();

    [Test]
    public async Task Should_record_an_agency_that_answered_as_overdue_on_the_clarification_not_as_agreeing()
    {
        var (id, assignments) = await Facts.OpenAsync(Now, WorkingDaysFromNow(5), true, "SXD");
        await Facts.AnswerAsync(id, "SXD", Now.AddHours(1));
        var clarificationDue = WorkingDaysFromNow(2);
        var review = await Commands.ReviewAsync(new Review
        {
            ConsultationId = id,
            AgencyCode = "SXD",
            Decision = ReviewDecisions.RequestClarification,
            Note = "Đề nghị nêu rõ lý do không thống nhất và căn cứ pháp lý",
            DueAt = clarificationDue,
            WorkingDays = 2,
            Actor = "STC",
            LeadAgencyCode = "STC",
            Now = Now.AddHours(2),
        });
        Assert.That(review.Outcome, Is.EqualTo(ChangeOutcome.Done));
        MoveToFirstWorkingDayAfter(clarificationDue, 9);

        await Worker.RunJobsAsync();

        var overdue = await Capture.WaitForAsync<AssignmentOverdue>(m => m.ConsultationId == id, 1);
        Assert.That(overdue.Select(m => m.Message.DueAt), Is.EqualTo(new[] { clarificationDue }));
        Assert.That(Capture.Of<AssignmentDeemedAgreed>().Where(m => m.Message.ConsultationId == id), Is.Empty);
        Assert.That(await CountAsync("SELECT COUNT(*) FROM assignments WHERE id = @id AND status = 'clarification_requested' AND deemed_agreed_at IS NULL",
            new { id = assignments[0].Id }), Is.EqualTo(1));
    }

    [Test]
    public async Task Should_accept_an_answer_after_deemed_agreement_as_late_and_keep_when_silence_was_recorded()
    {
        var due = WorkingDaysFromNow(1);
        var (id, assignments) = await Facts.OpenAsync(Now, due, true, "SYT");
        MoveToFirstWorkingDayAfter(due, 9);
        await Worker.RunJobsAsync();
        await Capture.WaitForAsync<AssignmentDeemedAgreed>(m => m.ConsultationId == id, 1);

        var late = await Facts.AnswerAsync(id, "SYT", Now,
            "Không thống nhất tỷ lệ 60/40 vì chưa tính đến số đơn vị hành chính sau sắp xếp.", Positions.Disagree);

        Assert.That(late.Answer!.Late, Is.True);
        Assert.That(await CountAsync("SELECT COUNT(*) FROM assignments WHERE id = @id AND status = 'answered' AND deemed_agreed_at IS NOT NULL",
            new { id = assignments[0].Id }), Is.EqualTo(1));
    }

    [Test]
    public async Task Should_let_the_lead_extend_after_deemed_agreement_and_wait_for_the_answer_again()
    {
        var due = WorkingDaysFromNow(1);
        var (id, assignments) = await Facts.OpenAsync(Now, due, true, "SCT");
        MoveToFirstWorkingDayAfter(due, 9);
        await Worker.RunJobsAsync();
        await Capture.WaitForAsync<AssignmentDeemedAgreed>(m => m.ConsultationId == id, 1);

        var extended = await Commands.ExtendAsync(new DueChange
        {
            ConsultationId = id,
            AgencyCode = "SCT",
            DueAt = WorkingDaysFromNow(3),
            WorkingDays = 3,
            Reason = "Sở Công Thương đề nghị gia hạn do cần lấy ý kiến các phòng chuyên môn",
            Actor = "STC",
            LeadAgencyCode = "STC",
            Now = Now,
        });

        Assert.That(extended.Outcome, Is.EqualTo(ChangeOutcome.Done));
        Assert.That(await CountAsync("SELECT COUNT(*) FROM assignments WHERE id = @id AND status = 'pending' AND deemed_agreed_at IS NULL AND escalation_level = 0",
            new { id = assignments[0].Id }), Is.EqualTo(1));
    }
}

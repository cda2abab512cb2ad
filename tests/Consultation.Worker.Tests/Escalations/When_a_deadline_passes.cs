using Consultation.Contracts;
using Consultation.TestSupport;
using Consultation.Worker.Tests.Infrastructure;

namespace Consultation.Worker.Tests.Escalations;

[TestFixture(typeof(SqliteDb))]
[TestFixture(typeof(PostgresDb))]
[TestFixture(typeof(SqlServerDb))]
public sealed class When_a_deadline_passes<TDatabase> : WorkerScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    [Test]
    public async Task Should_publish_one_AssignmentOverdue_for_the_silent_agency_and_none_for_the_one_that_answered()
    {
        var due = WorkingDaysFromNow(2);
        var (id, _) = await Facts.OpenAsync(Now, due, false, "STP", "SXD");
        await Facts.AnswerAsync(id, "STP", Now.AddHours(1));
        MoveToFirstWorkingDayAfter(due, 10);

        await Worker.RunJobsAsync();
        await Worker.RunJobsAsync();

        var overdue = await Capture.WaitForAsync<AssignmentOverdue>(m => m.ConsultationId == id, 1);
        Assert.That(overdue, Has.Count.EqualTo(1));
        var (messageId, message) = overdue[0];
        Assert.That(message.AgencyCode, Is.EqualTo("SXD"));
        Assert.That(message.AgencyName, Is.EqualTo("Sở SXD tỉnh Đắk Lắk"));
        Assert.That(message.LeadAgencyName, Is.EqualTo("Sở STC tỉnh Đắk Lắk"));
        Assert.That(message.Level, Is.EqualTo(1));
        Assert.That(message.DueAt, Is.EqualTo(due));
        // 10:00 on the first working day after the deadline: not yet one whole working day late (WorkingDays.Overdue).
        Assert.That(message.WorkingDaysOverdue, Is.Zero);
        Assert.That(messageId, Is.EqualTo(message.EscalationId), "the MessageId is the escalation's id, so consumers can de-duplicate");
    }

    [Test]
    public async Task Should_record_silence_as_agreement_when_the_lead_said_so()
    {
        var due = WorkingDaysFromNow(1);
        var (id, assignments) = await Facts.OpenAsync(Now, due, true, "SYT");
        MoveTo(due, 0, 9);

        await Worker.RunJobsAsync();

        var deemed = await Capture.WaitForAsync<AssignmentDeemedAgreed>(m => m.ConsultationId == id, 1);
        Assert.That(deemed, Has.Count.EqualTo(1));
        Assert.That(Capture.Of<AssignmentOverdue>().Where(m => m.Message.ConsultationId == id), Is.Empty);
        Assert.That(await CountAsync("SELECT COUNT(*) FROM assignments WHERE id = @id AND status = 'deemed_agreed'", new { id = assignments[0].Id }), Is.EqualTo(1));
    }

    [Test]
    public async Task Should_escalate_to_level_2_only_on_the_right_working_day()
    {
        // Due at the end of a Friday; level 2 comes after two more working days (Monday, Tuesday), so on Wednesday.
        var friday = Now;
        while (VietnamTime(friday).DayOfWeek != DayOfWeek.Friday)
        {
            friday = friday.AddDays(1);
        }
        var due = new DateTimeOffset(VietnamDate(friday).AddDays(1).ToDateTime(TimeOnly.MinValue), Core.Calendar.VietnamTime.Offset);
        var (id, _) = await Facts.OpenAsync(Now, due, false, "SCT");

        MoveTo(due, 3, 20); // Tuesday 20:00
        await Worker.RunJobsAsync();
        var beforeLevel2 = await Capture.WaitForAsync<AssignmentOverdue>(m => m.ConsultationId == id, 1);

        MoveTo(due, 4, 8); // Wednesday 08:00
        await Worker.RunJobsAsync();
        var after = await Capture.WaitForAsync<AssignmentOverdue>(m => m.ConsultationId == id, beforeLevel2.Count + 1);

        Assert.That(beforeLevel2.Select(m => m.Message.Level), Is.EqualTo(new[] { 1 }));
        Assert.That(after.Select(m => m.Message.Level).Order(), Is.EqualTo(new[] { 1, 2 }));
        // Level 2 after two whole working days (Monday, Tuesday) says two, not three.
        Assert.That(after.Single(m => m.Message.Level == 2).Message.WorkingDaysOverdue, Is.EqualTo(2));
    }

    [Test]
    public async Task Should_ask_the_lead_to_review_a_vague_answer_once()
    {
        var (id, _) = await Facts.OpenAsync(Now, WorkingDaysFromNow(5), false, "SNV");
        await Facts.AnswerAsync(id, "SNV", Now, Facts.VagueAnswer);

        await Worker.RunJobsAsync();
        await Worker.RunJobsAsync();

        var vague = await Capture.WaitForAsync<VagueAnswerDetected>(m => m.ConsultationId == id, 1);
        Assert.That(vague, Has.Count.EqualTo(1));
        Assert.That(vague[0].Message.Reasons.Select(r => r.Code), Is.EqualTo(new[] { "generic_agreement" }));
        Assert.That(vague[0].Message.Content, Is.EqualTo("Thống nhất"));
    }

    private static DateTimeOffset VietnamTime(DateTimeOffset instant) => instant.ToOffset(Core.Calendar.VietnamTime.Offset);

    private static DateOnly VietnamDate(DateTimeOffset instant) => Core.Calendar.VietnamTime.DateOf(instant);
}

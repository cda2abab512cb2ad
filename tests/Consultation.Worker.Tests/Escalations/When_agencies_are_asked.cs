using Consultation.Contracts;
using Consultation.Core.Consultations;
using Consultation.TestSupport;
using Consultation.Worker.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Worker.Tests.Escalations;

[TestFixture(typeof(SqliteDb))]
[TestFixture(typeof(PostgresDb))]
[TestFixture(typeof(SqlServerDb))]
public sealed class When_agencies_are_asked<TDatabase> : WorkerScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    [Test]
    public async Task Should_notify_each_consulted_agency_once()
    {
        var (id, _) = await Facts.OpenAsync(Now, WorkingDaysFromNow(5), false, "STP", "SXD");

        await Worker.RunJobsAsync();
        await Worker.RunJobsAsync();

        var requested = await Capture.WaitForAsync<ConsultationRequested>(m => m.ConsultationId == id, 2);
        Assert.That(requested.Select(m => m.Message.AgencyCode), Is.EquivalentTo(new[] { "STP", "SXD" }));
        Assert.That(requested[0].Message.Reason, Is.EqualTo("Theo chức năng quản lý nhà nước"));
    }

    [Test]
    public async Task Should_remind_a_working_day_before_the_deadline_once_per_deadline()
    {
        var due = WorkingDaysFromNow(3);
        var (id, assignments) = await Facts.OpenAsync(Now, due, false, "SYT");
        await Worker.RunJobsAsync();
        Assert.That(Capture.Of<AssignmentDueSoon>().Where(m => m.Message.ConsultationId == id), Is.Empty, "three working days out is too early");

        Clock.SetUtcNow(due.AddDays(-1).AddHours(-10)); // the day before the last day, in the morning in Vietnam
        await Worker.RunJobsAsync();
        await Worker.RunJobsAsync();
        var first = await Capture.WaitForAsync<AssignmentDueSoon>(m => m.ConsultationId == id, 1);

        var extended = WorkingDaysFromNow(4);
        var extension = await Worker.Services.GetRequiredService<ConsultationCommands>().ExtendAsync(new DueChange
        {
            ConsultationId = id,
            AgencyCode = "SYT",
            DueAt = extended,
            WorkingDays = 4,
            Reason = "Gia hạn",
            Actor = "STC",
            LeadAgencyCode = "STC",
            Now = Now,
        });
        Assert.That(extension.Outcome, Is.EqualTo(ChangeOutcome.Done));
        Clock.SetUtcNow(extended.AddDays(-1).AddHours(-10));
        await Worker.RunJobsAsync();
        var all = await Capture.WaitForAsync<AssignmentDueSoon>(m => m.ConsultationId == id, first.Count + 1);

        Assert.That(first, Has.Count.EqualTo(1));
        Assert.That(first[0].Message.WorkingDaysLeft, Is.EqualTo(1));
        Assert.That(all.Select(m => m.Message.DueAt), Is.EqualTo(new[] { due, extended }), "an extension re-arms the reminder");
        Assert.That(assignments, Has.Count.EqualTo(1));
    }
}

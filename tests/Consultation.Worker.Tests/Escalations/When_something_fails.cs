using Consultation.Contracts;
using Consultation.Core.Escalations;
using Consultation.TestSupport;
using Consultation.Worker.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Consultation.Worker.Tests.Escalations;

/// <summary>Nothing lost, nothing twice: a broker outage, two workers at once, a crash between publish and mark.</summary>
[TestFixture(typeof(SqliteDb))]
[TestFixture(typeof(PostgresDb))]
[TestFixture(typeof(SqlServerDb))]
public sealed class When_something_fails<TDatabase> : WorkerScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    [Test]
    public async Task Should_keep_escalations_while_the_broker_is_down_and_send_each_once_when_it_returns()
    {
        var due = WorkingDaysFromNow(1);
        var (id, _) = await Facts.OpenAsync(Now, due, false, "STP", "SXD", "SYT");
        await Worker.RunJobsAsync();
        await Broker.StopAsync();
        try
        {
            MoveTo(due, 0, 9);
            await Worker.RunJobsAsync();

            Assert.That(await UnpublishedAsync(id), Is.EqualTo(3), "the escalations wait in the outbox");
            var health = await Worker.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(c => c.Tags.Contains("ready"));
            Assert.That(health.Status, Is.Not.EqualTo(HealthStatus.Healthy), "readiness reflects the broker");
        }
        finally
        {
            await Broker.StartAsync();
        }

        var published = 0;
        for (var attempt = 0; attempt < 60 && await UnpublishedAsync(id) > 0; attempt++)
        {
            await Task.Delay(500);
            published += await Worker.Publisher.PublishPendingAsync(CancellationToken.None);
        }

        var overdue = await Capture.WaitForAsync<AssignmentOverdue>(m => m.ConsultationId == id, 3);
        Assert.That(overdue.Select(m => m.Message.AgencyCode), Is.EquivalentTo(new[] { "STP", "SXD", "SYT" }));
        Assert.That(overdue.Select(m => m.MessageId).Distinct().Count(), Is.EqualTo(3));
    }

    [Test]
    public async Task Should_escalate_each_assignment_once_when_two_workers_scan_together()
    {
        var due = WorkingDaysFromNow(1);
        var ids = new List<Guid>();
        for (var i = 0; i < 40; i++)
        {
            ids.Add((await Facts.OpenAsync(Now, due, false, "STP", "SXD", "SYT", "SNV", "SCT")).Consultation);
        }
        await Worker.RunJobsAsync();
        await using var second = await WorkerUnderTest.StartAsync(Database, Broker, Clock);
        MoveTo(due, 0, 11);

        await Task.WhenAll(Task.Run(Worker.RunJobsAsync), Task.Run(second.RunJobsAsync));
        await Task.WhenAll(Task.Run(Worker.RunJobsAsync), Task.Run(second.RunJobsAsync));

        var mine = await Capture.WaitForAsync<AssignmentOverdue>(m => ids.Contains(m.ConsultationId), 200);
        // Each escalation is published under its own id, none is missing, and no assignment gets two. On a
        // loaded machine a publish whose confirm timed out is sent again later under the same id (consumers
        // record their work under it), so copies are counted by id, not one by one.
        Assert.That(mine.Select(m => m.MessageId).Distinct().Count(), Is.EqualTo(200));
        Assert.That(mine.GroupBy(m => m.MessageId).All(g => g.Select(m => m.Message.AssignmentId).Distinct().Count() == 1), Is.True);
        Assert.That(mine.Select(m => m.Message.AssignmentId).Distinct().Count(), Is.EqualTo(200), "one escalation per assignment");
        var dialect = Worker.Services.GetRequiredService<Core.Data.Db>().Dialect;
        Assert.That(await CountAsync(
            $"SELECT COUNT(*) FROM escalations e JOIN assignments a ON a.id = e.assignment_id WHERE e.kind = 'overdue' AND {dialect.InList("a.consultation_id", "ids")}",
            new { ids = dialect.Ids(ids) }), Is.EqualTo(200));
    }

    [Test]
    public async Task Should_resend_after_a_crash_between_publish_and_mark_with_the_same_message_id()
    {
        var due = WorkingDaysFromNow(1);
        var (id, _) = await Facts.OpenAsync(Now, due, false, "SNV");
        await Worker.RunJobsAsync();
        MoveTo(due, 0, 13);
        await Worker.Scanner.ScanAllAsync();
        var outbox = Worker.Services.GetRequiredService<EscalationOutbox>();

        // The broker confirmed, then the process "died" before marking the rows published.
        await using (var batch = await outbox.ClaimAsync())
        {
            await Worker.Publisher.SendAsync(batch, CancellationToken.None);
        }
        Assert.That(await UnpublishedAsync(id), Is.EqualTo(1), "nothing was marked: the process died first");
        await Worker.Publisher.PublishPendingAsync(CancellationToken.None);

        var copies = await Capture.WaitForAsync<AssignmentOverdue>(m => m.ConsultationId == id, 2);
        Assert.That(copies, Has.Count.EqualTo(2));
        Assert.That(copies[0].MessageId, Is.EqualTo(copies[1].MessageId));
        // Both copies reach the mail consumer; its unique (source_id, recipient) key lets the second add nothing.
        var queue = $"{Worker.QueuePrefix}-assignment-overdue";
        var items = 0;
        for (var attempt = 0; attempt < 600 && (await RabbitQueues.DepthAsync(queue) is not 0 || (items = await ItemsAsync(copies[0].MessageId)) < 2); attempt++)
        {
            await Task.Delay(100);
        }
        await Task.Delay(500);
        Assert.That(await RabbitQueues.DepthAsync(queue), Is.Zero.Or.Null, "both copies were consumed");
        Assert.That(await ItemsAsync(copies[0].MessageId), Is.EqualTo(2), "one item for the lead and one for the late agency's head, not four");
    }

    [Test]
    public async Task Should_mark_what_the_broker_confirmed_when_the_rest_of_a_batch_times_out()
    {
        var due = WorkingDaysFromNow(1);
        var (id, _) = await Facts.OpenAsync(Now, due, false, "STP", "SXD", "SYT", "SNV");
        await Worker.RunJobsAsync();
        MoveTo(due, 0, 15);
        await Worker.Scanner.ScanAllAsync();
        var outbox = Worker.Services.GetRequiredService<EscalationOutbox>();

        // The broker confirmed one of this consultation's four before the confirms stopped.
        await using (var batch = await outbox.ClaimAsync())
        {
            foreach (var confirmed in batch.Escalations.Where(e => e.ConsultationId == id).Take(1).Concat(batch.Escalations.Where(e => e.ConsultationId != id)))
            {
                batch.Confirm(confirmed.Id);
            }
            await batch.CompleteAsync();
        }

        Assert.That(await UnpublishedAsync(id), Is.EqualTo(3), "one confirmed and marked, three left to re-send");
    }

    private Task<int> ItemsAsync(Guid messageId) => CountAsync("SELECT COUNT(*) FROM mail_items WHERE source_id = @messageId", new { messageId });

    private Task<int> UnpublishedAsync(Guid consultationId) => CountAsync(
        "SELECT COUNT(*) FROM escalations e JOIN assignments a ON a.id = e.assignment_id WHERE a.consultation_id = @consultationId AND e.kind = 'overdue' AND e.published_at IS NULL",
        new { consultationId });
}

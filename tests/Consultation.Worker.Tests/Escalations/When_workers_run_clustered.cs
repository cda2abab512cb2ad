using Consultation.Contracts;
using Consultation.Core.Data;
using Consultation.TestSupport;
using Consultation.Worker.Tests.Infrastructure;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Worker.Tests.Escalations;

/// <summary>
/// Two worker processes' worth of Quartz on one server database, on the real clock: the job store
/// is clustered, both nodes check in, and each overdue assignment is escalated once.
/// </summary>
[TestFixture(typeof(PostgresDb))]
[TestFixture(typeof(SqlServerDb))]
public sealed class When_workers_run_clustered(Type databaseType)
{
    [Test]
    public async Task Should_share_the_schedule_and_escalate_once()
    {
        var broker = RabbitBroker.Require();
        using var database = (TestDatabase)Activator.CreateInstance(databaseType)!;
        database.Create();
        var fast = new Dictionary<string, string?>
        {
            ["Worker:RunJobs"] = "true",
            ["Worker:ScanInterval"] = "00:00:01",
            ["Worker:PublishInterval"] = "00:00:01",
        };
        await using var capture = await MessageCapture.StartAsync(broker);
        await using var first = await WorkerUnderTest.StartAsync(database, broker, TimeProvider.System, fast);
        await using var second = await WorkerUnderTest.StartAsync(database, broker, TimeProvider.System, fast);
        var facts = new Facts(first.Services);
        await facts.AgenciesAsync("STC", "STP", "SXD");

        var (id, _) = await facts.OpenAsync(DateTimeOffset.UtcNow.AddDays(-3), DateTimeOffset.UtcNow.AddMinutes(-5), false, "STP", "SXD");
        var overdue = await capture.WaitForAsync<AssignmentOverdue>(m => m.ConsultationId == id, 2);
        await Task.Delay(TimeSpan.FromSeconds(3)); // a few more rounds of both nodes

        Assert.That(capture.Of<AssignmentOverdue>().Count(m => m.Message.ConsultationId == id), Is.EqualTo(2));
        Assert.That(overdue.Select(m => m.Message.AgencyCode), Is.EquivalentTo(new[] { "STP", "SXD" }));
        var db = first.Services.GetRequiredService<Db>();
        await using var connection = await db.OpenAsync();
        var nodes = await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM qrtz_scheduler_state WHERE sched_name = 'consultation'");
        Assert.That(nodes, Is.EqualTo(2), "both workers checked in to the clustered job store");
    }
}

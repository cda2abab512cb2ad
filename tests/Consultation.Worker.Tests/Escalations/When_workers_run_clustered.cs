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
public sealed class When_workers_run_clustered<TDatabase>
    where TDatabase : TestDatabase, new()
{
    [Test]
    public async Task Should_share_the_schedule_and_escalate_once()
    {
        var broker = RabbitBroker.Require();
        using var database = new TDatabase();
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

    [Test]
    public async Task Should_keep_one_trigger_per_job_when_a_rolling_deploy_changes_the_intervals()
    {
        var broker = RabbitBroker.Require();
        using var database = new TDatabase();
        database.Create();
        await using (await WorkerUnderTest.StartAsync(database, broker, TimeProvider.System, Jobs("00:00:30")))
        {
        }

        await using var second = await WorkerUnderTest.StartAsync(database, broker, TimeProvider.System, Jobs("00:00:20"));

        await using var connection = await second.Services.GetRequiredService<Db>().OpenAsync();
        var triggers = (await connection.QueryAsync<(string Job, string Trigger)>(
            "SELECT job_name, trigger_name FROM qrtz_triggers WHERE sched_name = 'consultation' ORDER BY job_name")).AsList();
        Assert.That(triggers.GroupBy(t => t.Job).Where(g => g.Count() > 1).Select(g => g.Key), Is.Empty,
            $"each job fires on one schedule; found {string.Join(", ", triggers.Select(t => $"{t.Job}/{t.Trigger}"))}");
        var intervals = await connection.QueryAsync<long>(
            "SELECT repeat_interval FROM qrtz_simple_triggers WHERE sched_name = 'consultation'");
        Assert.That(intervals.Distinct(), Is.EqualTo(new[] { 20_000L }), "the new interval replaced the old one");
    }

    private static Dictionary<string, string?> Jobs(string interval) => new()
    {
        ["Worker:RunJobs"] = "true",
        ["Worker:ScanInterval"] = interval,
        ["Worker:PublishInterval"] = interval,
        ["Mail:DispatchInterval"] = interval,
        ["Webhooks:DispatchInterval"] = interval,
    };

}

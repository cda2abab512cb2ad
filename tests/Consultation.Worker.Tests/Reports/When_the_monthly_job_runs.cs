using Consultation.Contracts;
using Consultation.Core.Reports;
using Consultation.TestSupport;
using MassTransit.Testing;

namespace Consultation.Worker.Tests.Reports;

/// <summary>
/// The monthly run after the December of <see cref="ReportScenario{TDatabase}"/>. 1/1/2027 is New Year's Day and
/// 2–3/1 a weekend, so Monday 4/1 is the first working day of January. December had two lead units,
/// STC and SXD: with the province-wide report, three reports.
/// </summary>
[TestFixture(typeof(SqliteDb))]
[TestFixture(typeof(PostgresDb))]
[TestFixture(typeof(SqlServerDb))]
public sealed class When_the_monthly_job_runs<TDatabase> : ReportScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    [Test]
    public async Task Should_generate_on_the_first_working_day_store_once_and_announce_once()
    {
        await using var run = await MonthlyRun.StartAsync(Factory);
        var (monthly, store) = (run.Reports, run.Store);
        var december = new ReportPeriod(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31));

        MoveTo(new DateTimeOffset(2027, 1, 1, 7, 0, 0, TimeSpan.FromHours(7)));
        Assert.That(await monthly.RunAsync(force: false), Is.EqualTo((0, 0)), "New Year's Day is not a working day");

        MoveTo(new DateTimeOffset(2027, 1, 4, 7, 0, 0, TimeSpan.FromHours(7)));
        Assert.That(await monthly.RunAsync(force: false), Is.EqualTo((3, 3)));
        var stored = await store.FindAsync("STC", december);
        Assert.That(stored, Is.Not.Null);
        Assert.That(stored!.Json, Does.Contain("\"lead\":\"STC\""));
        Assert.That(stored.Docx.Take(2), Is.EqualTo("PK"u8.ToArray()), "a zip package");
        Assert.That(stored.Xlsx, Is.Not.Empty);

        MoveTo(new DateTimeOffset(2027, 1, 5, 7, 0, 0, TimeSpan.FromHours(7)));
        Assert.That(await monthly.RunAsync(force: false), Is.EqualTo((0, 0)), "already generated this month");
        Assert.That(await monthly.RunAsync(force: true), Is.EqualTo((3, 0)), "a rerun replaces and announces nothing new");
        Assert.That((await store.FindAsync("STC", december))!.Id, Is.EqualTo(stored.Id), "replaced in place");

        var published = run.Harness.Published.Select<NonCooperationReportReady>().ToList();
        Assert.That(published, Has.Count.EqualTo(3));
        Assert.That(published.Select(p => p.Context.MessageId), Is.EquivalentTo(published.Select(p => (Guid?)p.Context.Message.ReportId)));
        Assert.That(published.Select(p => p.Context.Message.LeadAgencyCode), Is.EquivalentTo(new[] { "STC", "SXD", null }));
        Assert.That(published.Select(p => p.Context.Message.PeriodFrom).Distinct(), Is.EqualTo(new[] { december.From }));
    }
}

using Consultation.Core.Calendar;
using Consultation.Core.Data;
using Consultation.TestSupport;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Consultation.Worker.Tests.Infrastructure;

/// <summary>
/// A worker on a real database and a real RabbitMQ, a capture bus, and a clock the test moves
/// (forward only). Tests compute their moments from the clock's current time and filter what was
/// captured by their own consultation, because the fixture's worker sees every test's rows.
/// </summary>
public abstract class WorkerScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    protected TestDatabase Database { get; private set; } = null!;
    protected RabbitBroker Broker { get; private set; } = null!;
    protected WorkerUnderTest Worker { get; private set; } = null!;
    protected MessageCapture Capture { get; private set; } = null!;
    protected Facts Facts { get; private set; } = null!;

    /// <summary>Monday 7 December 2026, 09:00 in Vietnam.</summary>
    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 12, 7, 2, 0, 0, TimeSpan.Zero));

    [OneTimeSetUp]
    public async Task StartWorker()
    {
        Broker = RabbitBroker.Require();
        Database = new TDatabase();
        Database.Create();
        Worker = await WorkerUnderTest.StartAsync(Database, Broker, Clock, await WorkerSettingsAsync());
        Capture = await MessageCapture.StartAsync(Broker);
        Facts = new Facts(Worker.Services);
        await Facts.AgenciesAsync("STC", "STP", "SXD", "SYT", "SNV", "SCT");
    }

    [OneTimeTearDown]
    public async Task StopWorker()
    {
        if (Capture is not null)
        {
            await Capture.DisposeAsync();
        }
        if (Worker is not null)
        {
            await Worker.DisposeAsync();
        }
        Database?.Dispose();
    }

    /// <summary>Settings of the fixture's worker beyond the defaults; called before it starts.</summary>
    protected virtual Task<IDictionary<string, string?>> WorkerSettingsAsync() => Task.FromResult<IDictionary<string, string?>>(new Dictionary<string, string?>());

    protected DateTimeOffset Now => Clock.GetUtcNow();

    /// <summary>24:00 at the end of the <paramref name="days"/>-th working day after today, as the API computes deadlines.</summary>
    protected DateTimeOffset WorkingDaysFromNow(int days) => Worker.Services.GetRequiredService<IWorkingCalendar>().DueAt(Now, days);

    /// <summary>Moves the clock to <paramref name="hour"/>:00 in Vietnam on the civil date of <paramref name="instant"/> plus <paramref name="days"/>.</summary>
    protected void MoveTo(DateTimeOffset instant, int days, int hour)
    {
        var date = VietnamTime.DateOf(instant).AddDays(days);
        var target = new DateTimeOffset(date.ToDateTime(new TimeOnly(hour, 0)), VietnamTime.Offset);
        Assert.That(target, Is.GreaterThan(Now), "the fake clock only moves forward");
        Clock.SetUtcNow(target);
    }

    /// <summary>Moves the clock to <paramref name="hour"/>:00 on the first working day after the deadline <paramref name="dueAt"/>.</summary>
    protected void MoveToFirstWorkingDayAfter(DateTimeOffset dueAt, int hour)
    {
        var calendar = Worker.Services.GetRequiredService<IWorkingCalendar>();
        var days = 0;
        while (!calendar.IsWorkingDay(VietnamTime.DateOf(dueAt).AddDays(days)))
        {
            days++;
        }
        MoveTo(dueAt, days, hour);
    }

    protected async Task<int> CountAsync(string sql, object parameters)
    {
        var db = Worker.Services.GetRequiredService<Db>();
        await using var connection = await db.OpenAsync();
        return await connection.ExecuteScalarAsync<int>(sql, parameters);
    }
}

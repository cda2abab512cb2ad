using Consultation.Core;
using Consultation.Core.Data;
using Consultation.Core.Escalations;
using Consultation.Hosting;
using Consultation.TestSupport;
using Consultation.Worker.Hosting;
using Consultation.Worker.Jobs;
using Consultation.Worker.Mail;
using Consultation.Worker.Outbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Quartz;
using Quartz.Extensibility;
using Quartz.Impl;

namespace Consultation.Worker.Tests.Infrastructure;

/// <summary>A Worker host on the test's database and broker. Its jobs are driven by the test, not by Quartz, unless asked.</summary>
public sealed class WorkerUnderTest : IAsyncDisposable
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> QueueUsers = new(StringComparer.Ordinal);
    private readonly IHost _host;
    private readonly string _queuePrefix;

    private WorkerUnderTest(IHost host, string queuePrefix) => (_host, _queuePrefix) = (host, queuePrefix);

    public IServiceProvider Services => _host.Services;

    /// <summary>The start of this worker's queue names, e.g. <c>{prefix}-assignment-overdue</c>.</summary>
    public string QueuePrefix => _queuePrefix;

    public EscalationScanner Scanner => Services.GetRequiredService<EscalationScanner>();

    public EscalationPublisher Publisher => Services.GetRequiredService<EscalationPublisher>();

    public MailDispatcher Mail => Services.GetRequiredService<MailDispatcher>();

    public static async Task<WorkerUnderTest> StartAsync(
        TestDatabase database, RabbitBroker broker, TimeProvider clock, IDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder();
        // Queues of the database's own, shared by the workers on it as in production and deleted when the last
        // stops: a worker of another fixture, or of another run on the same broker, never takes its messages.
        var queuePrefix = settings is not null && settings.TryGetValue("Messaging:QueuePrefix", out var prefix) && prefix is not null
            ? prefix
            : "consultation-test-" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(database.ConnectionString)))[..12];
        QueueUsers.AddOrUpdate(queuePrefix, 1, (_, users) => users + 1);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider.ToString(),
            ["ConnectionStrings:Consultation"] = database.ConnectionString,
            ["Messaging:Transport"] = "RabbitMq",
            ["Messaging:RabbitMq:Host"] = "127.0.0.1",
            ["Messaging:RabbitMq:Port"] = broker.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Worker:RunJobs"] = "false",
            ["Worker:PublishTimeout"] = "00:00:02",
            ["Escalation:Level2AfterWorkingDays"] = "2",
            ["Messaging:QueuePrefix"] = queuePrefix,
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Services.AddConsultationCore(builder.Configuration, "unused.db");
        builder.Services.AddConsultationWorker(builder.Configuration);
        // The key ring of production, in the database: the API reads what this worker protects (portal links).
        builder.Services.AddConsultationKeyRing();
        builder.Services.AddHealthChecks();
        if (clock is FakeTimeProvider)
        {
            builder.Services.RemoveAll<TimeProvider>();
            builder.Services.AddSingleton(clock);
        }
        var host = builder.Build();
        host.Services.GetRequiredService<SchemaMigrator>().Migrate();
        await host.StartAsync();
        return new WorkerUnderTest(host, queuePrefix);
    }

    /// <summary>One run of the escalation scan and the reminder job, each the real job class as Quartz would run it.</summary>
    public async Task RunJobsAsync()
    {
        await RunAsync<EscalationScanJob>(EscalationScanJob.Key);
        await RunAsync<ReminderJob>(ReminderJob.Key);
    }

    /// <summary>Runs one job once, built from this host's services, with a context like the one Quartz passes.</summary>
    public async Task RunAsync<TJob>(JobKey key)
        where TJob : IJob
    {
        var job = ActivatorUtilities.CreateInstance<TJob>(Services);
        var detail = JobBuilder.Create<TJob>().WithIdentity(key).Build();
        var trigger = (IOperableTrigger)TriggerBuilder.Create().ForJob(key).StartNow().Build();
        var now = Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var fired = new TriggerFiredBundle
        {
            JobDetail = detail,
            Trigger = trigger,
            Calendar = null,
            Recovering = false,
            FireTimeUtc = now,
            ScheduledFireTimeUtc = now,
            PreviousFireTimeUtc = null,
            NextFireTimeUtc = null,
        };
        var context = new JobExecutionContextImpl(null!, fired, job, new SystemTextJsonJobInputSerializer());
        await job.Execute(context);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        if (QueueUsers.AddOrUpdate(_queuePrefix, 0, (_, users) => users - 1) == 0)
        {
            await RabbitQueues.DeleteAsync(_queuePrefix + "-");
        }
    }
}

using Consultation.Core.Data;
using Consultation.Core.Reports;
using Consultation.Core.Webhooks;
using Consultation.Worker.Consumers;
using Consultation.Worker.Jobs;
using Consultation.Worker.Mail;
using Consultation.Worker.Outbox;
using Consultation.Worker.Reports;
using Consultation.Worker.Webhooks;
using MassTransit;
using Quartz;

namespace Consultation.Worker.Hosting;

public static class WorkerServices
{
    /// <summary>
    /// The escalation jobs and the bus, for the Worker process or hosted inside the API. Quartz
    /// keeps its schedule in memory on SQLite (one process) and runs clustered on PostgreSQL and
    /// SQL Server, so each recurring job fires once across any number of workers.
    /// </summary>
    public static IServiceCollection AddConsultationWorker(this IServiceCollection services, IConfiguration configuration)
    {
        // Read once here for what registration decides (transport, store, schedule); bound and validated below for the rest.
        var worker = configuration.Read<WorkerOptions>(WorkerOptions.Section);
        var messaging = configuration.Read<MessagingOptions>(MessagingOptions.Section);
        var database = configuration.Read<DatabaseOptions>(DatabaseOptions.Section);
        var mail = configuration.Read<MailOptions>(MailOptions.Section);
        var reports = configuration.Read<ReportOptions>(ReportOptions.Section);
        var webhooks = configuration.Read<WebhookOptions>(WebhookOptions.Section);
        services.AddOptions<WorkerOptions>().BindConfiguration(WorkerOptions.Section)
            .Validate(o => o.ScanInterval > TimeSpan.Zero && o.PublishInterval > TimeSpan.Zero, "Worker intervals must be positive.")
            .ValidateOnStart();
        services.AddMessagingSettings();
        services.AddSingleton<EscalationPublisher>();
        services.AddSingleton<MonthlyReports>();
        services.AddConsultationMail();
        services.AddSingleton<WebhookRecorder>();
        services.AddSingleton<WebhookSender>();
        services.AddSingleton<WebhookDispatcher>();
        // Short timeouts, so a stopping worker is never held by a slow receiver; no redirects (WebhookSender).
        services.AddHttpClient(WebhookSender.Client, client => client.Timeout = webhooks.Timeout)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, ConnectTimeout = webhooks.Timeout });
        var health = services.AddHealthChecks()
            .AddCheck<OutboxHealthCheck>("outbox", tags: ["ready"])
            .AddCheck<SmtpHealthCheck>("smtp", tags: ["ready"]);
        if (messaging.Transport == MessageTransport.RabbitMq)
        {
            health.AddCheck<BrokerHealthCheck>("broker", tags: ["ready"]);
        }

        // A bus whose broker is gone would wait for it while stopping; consumers get a little time to finish.
        services.AddOptions<MassTransitHostOptions>().Configure(o =>
        {
            o.StopTimeout = TimeSpan.FromSeconds(4);
            o.ConsumerStopTimeout = TimeSpan.FromSeconds(3);
        });
        services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(messaging.QueuePrefix, false));
            bus.AddConsumersFromNamespaceContaining<AssignmentOverdueConsumer>();
            if (messaging.Transport == MessageTransport.RabbitMq)
            {
                var rabbit = messaging.RabbitMq;
                bus.UsingRabbitMq((context, cfg) =>
                {
                    cfg.Host(rabbit.Host, rabbit.Port, rabbit.VirtualHost, h =>
                    {
                        h.Username(rabbit.Username);
                        h.Password(rabbit.Password);
                    });
                    cfg.PrefetchCount = rabbit.PrefetchCount;
                    cfg.ConfigureEndpoints(context);
                });
            }
            else
            {
                bus.UsingInMemory((context, cfg) => cfg.ConfigureEndpoints(context));
            }
        });

        if (!worker.RunJobs)
        {
            return services;
        }
        services.AddQuartz(q =>
        {
            q.AddJobListener<JobRunListener>();
            q.ConfigureScheduler(o =>
            {
                o.InstanceName = "consultation";
                o.GenerateInstanceId = true;
                // Stopping cancels running jobs' tokens, so a job waiting on a database or broker that is gone ends.
                o.ShutdownJobInterruption = ShutdownJobInterruption.Always;
            });
            if (database.Provider != DatabaseProvider.Sqlite)
            {
                var connectionString = configuration.GetConnectionString("Consultation")!;
                q.UsePersistentStore(store =>
                {
                    store.ConfigureStore(o =>
                    {
                        o.TablePrefix = QuartzJobStoreSchema.TablePrefix;
                        o.StoreJobDataAsStrings = true;
                    });
                    if (database.Provider == DatabaseProvider.PostgreSql)
                    {
                        store.UsePostgres(connectionString);
                    }
                    else
                    {
                        store.UseSqlServer(connectionString);
                    }
                    store.UseClustering();
                });
            }
            Schedule<EscalationScanJob>(q, EscalationScanJob.Key, worker.ScanInterval, "Tìm việc quá hạn, trả lời chung chung; đưa cảnh báo vào hàng đợi");
            Schedule<ReminderJob>(q, ReminderJob.Key, worker.ScanInterval, "Báo cơ quan được lấy ý kiến và nhắc trước hạn");
            Schedule<OutboxPublishJob>(q, OutboxPublishJob.Key, worker.PublishInterval, "Gửi lại các cảnh báo chưa gửi được");
            Schedule<MailDispatchJob>(q, MailDispatchJob.Key, mail.DispatchInterval, "Gom thông báo theo người nhận và gửi thư điện tử");
            Schedule<WebhookDeliveryJob>(q, WebhookDeliveryJob.Key, webhooks.DispatchInterval, "Gửi thông báo sự kiện (webhook) đến hệ thống quản lý văn bản của các cơ quan");
            q.AddJob<MonthlyReportJob>(job => job.WithIdentity(MonthlyReportJob.Key).StoreDurably()
                .WithDescription("Lập báo cáo tổng hợp tình hình phối hợp tháng trước, ngày làm việc đầu tháng"));
            q.AddTrigger(trigger => trigger.ForJob(MonthlyReportJob.Key).WithIdentity(StaleTriggerCleanup.TriggerOf(MonthlyReportJob.Key))
                .WithCronSchedule(reports.Cron, cron => cron.InTimeZone(MonthlyReportJob.Zone())));
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        // After Quartz's own start-up, which has written this version's triggers.
        services.AddHostedService<StaleTriggerCleanup>();
        return services;
    }

    private static void Schedule<TJob>(IQuartzBuilder q, JobKey key, TimeSpan interval, string description)
        where TJob : IJob
    {
        q.AddJob<TJob>(job => job.WithIdentity(key).WithDescription(description).StoreDurably());
        q.AddTrigger(trigger => trigger
            .ForJob(key)
            .WithIdentity(StaleTriggerCleanup.TriggerOf(key))
            .StartNow()
            .WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever()));
    }
}

using Consultation.Core.Agencies;
using Consultation.Core.Assessment;
using Consultation.Core.Auth;
using Consultation.Core.Calendar;
using Consultation.Core.Consultations;
using Consultation.Core.Data;
using Consultation.Core.Escalations;
using Consultation.Core.Idempotency;
using Consultation.Core.Mail;
using Consultation.Core.Operations;
using Consultation.Core.Portal;
using Consultation.Core.Reports;
using Consultation.Core.Telemetry;
using Consultation.Core.Webhooks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Consultation.Core;

public static class CoreExtensions
{
    /// <summary>
    /// Domain rules and data access shared by Api and Worker. <paramref name="defaultSqlitePath"/>
    /// is the database file used when no connection string is configured (the embedded default).
    /// </summary>
    public static IServiceCollection AddConsultationCore(this IServiceCollection services, IConfiguration configuration, string defaultSqlitePath)
    {
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateOnStart();
        services.AddOptions<DeadlineOptions>().BindConfiguration(DeadlineOptions.Section)
            .Validate(o => o.WorkingDaysByUrgency.Values.All(d => d > 0) && o.MaxWorkingDays > 0 && o.ClarificationWorkingDays > 0 && o.ClarificationWorkingDays <= o.MaxWorkingDays, "Deadlines must be positive numbers of working days.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            var connectionString = configuration.GetConnectionString("Consultation");
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                if (options.Provider != DatabaseProvider.Sqlite)
                {
                    throw new InvalidOperationException($"ConnectionStrings:Consultation is required for {options.Provider}.");
                }
                connectionString = $"Data Source={defaultSqlitePath}";
            }
            return new Db(SqlDialect.For(options.Provider), connectionString);
        });
        services.AddSingleton<SchemaMigrator>();
        services.AddSingleton<CurrentCalendar>();
        services.AddSingleton<IWorkingCalendar>(sp => sp.GetRequiredService<CurrentCalendar>());
        services.AddSingleton<CalendarOverrideStore>();
        services.AddSingleton<AgencyStore>();
        services.AddSingleton<ApiKeyStore>();
        services.AddSingleton<ConsultationQueries>();
        services.AddSingleton<ConsultationCommands>();
        services.AddAnswerAssessment();
        // The mail queue is Core's: the worker's consumers fill it and send from it, the ops page re-drives it.
        services.AddSingleton<MailQueue>();
        services.AddSingleton<Answers>();
        services.AddSingleton<IdempotencyStore>();
        services.AddOptions<EscalationOptions>().BindConfiguration(EscalationOptions.Section)
            .Validate(o => o.BatchSize is > 0 and <= 10_000 && o.Level2AfterWorkingDays > 0 && o.ReminderWorkingDaysBefore > 0,
                "Escalation settings must be positive (Escalation:BatchSize at most 10000).")
            // A batch's ids go into one statement as parameters; SQL Server takes at most 2,100 of them.
            .Validate<IOptions<DatabaseOptions>>(
                (o, database) => o.BatchSize <= SqlDialect.For(database.Value.Provider).MaxParameters - 10,
                "Escalation:BatchSize is larger than one statement on this database can carry (on SQL Server at most 1990).")
            .ValidateOnStart();
        services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.Section)
            .Validate(o => o.MaxEndpointsPerAgency > 0 && o.Timeout > TimeSpan.Zero && o.DispatchInterval > TimeSpan.Zero && o.BatchSize is > 0 and <= 1000
                && o.FirstRetryDelay > TimeSpan.Zero && o.MaxRetryDelay >= o.FirstRetryDelay && o.GiveUpAfter > TimeSpan.Zero,
                "Webhooks settings must be positive (BatchSize at most 1000, MaxRetryDelay at least FirstRetryDelay).")
            .ValidateOnStart();
        services.AddSingleton<WebhookEndpoints>();
        services.AddSingleton<WebhookOutbox>();
        // Secrets are encrypted with data protection; the hosts point its key ring at the database (Consultation.Hosting).
        services.AddDataProtection();
        services.AddSingleton<WebhookSecret>();
        services.AddOptions<PortalOptions>().BindConfiguration(PortalOptions.Section)
            .Validate(o => Uri.TryCreate(o.BaseUrl, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp),
                "Portal:BaseUrl must be an absolute http or https address, e.g. https://lay-y-kien.example.org.")
            // A link is a credential that sits in mailboxes for years: its life is kept short.
            .Validate(o => o.LinkLifetime > TimeSpan.Zero && o.LinkLifetime <= TimeSpan.FromDays(90),
                "Portal:LinkLifetime must be more than zero and at most 90 days.")
            .ValidateOnStart();
        // Mails carry portal links made by the worker and opened on the API: the same key ring reads them.
        services.AddSingleton<PortalLinks>();
        services.AddSingleton<EscalationScanner>();
        services.AddSingleton<EscalationOutbox>();
        services.AddOptions<ReportOptions>().BindConfiguration(ReportOptions.Section)
            .Validate(o => o.ProposalThreshold > 0 && o.MaxPeriodDays > 0 && Quartz.CronExpression.TryParse(o.Cron, out _),
                "Reports: ProposalThreshold and MaxPeriodDays must be positive and Cron a valid Quartz cron expression.")
            .ValidateOnStart();
        services.AddSingleton<CooperationQueries>();
        services.AddSingleton<NonCooperationReports>();
        services.AddSingleton<ReportGenerator>();
        services.AddSingleton<ReportStore>();
        services.AddSingleton<Scorecards>();
        services.AddSingleton<ConsultationMetrics>();
        services.AddSingleton<PipelineQueries>();
        services.AddSingleton<JobRunStore>();
        services.AddSingleton<OnTimeRates>();
        services.AddSingleton<OverdueAssignments>();
        return services;
    }
}

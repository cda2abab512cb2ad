using System.Net.Mail;
using Consultation.Core.Mail;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Consultation.Worker.Mail;

public static class MailServices
{
    /// <summary>The escalation emails: options, the durable queue, templates, transports and the dispatcher.</summary>
    public static IServiceCollection AddConsultationMail(this IServiceCollection services)
    {
        services.AddOptions<MailOptions>().BindConfiguration(MailOptions.Section)
            .PostConfigure<IHostEnvironment>((o, environment) => o.PickupDirectory ??= Path.Combine(environment.ContentRootPath, "data", "mail"))
            .Validate(o => o.ConsolidationWindow >= TimeSpan.Zero && o.DispatchInterval > TimeSpan.Zero && o.MaxItemsPerMail is > 0 and <= 1000,
                "Mail:ConsolidationWindow must not be negative, Mail:DispatchInterval must be positive and Mail:MaxItemsPerMail between 1 and 1000.")
            .Validate(o => o.RetryDelay > TimeSpan.Zero && o.MaxRetryDelay >= o.RetryDelay && o.SendLease > o.Smtp.Timeout && o.ConsumerConcurrency > 0,
                "Mail retry delays, the send lease (longer than Mail:Smtp:Timeout) and the consumer concurrency must be positive.")
            .Validate(o => string.IsNullOrWhiteSpace(o.Smtp.Host) || MailAddress.TryCreate(o.From, out _),
                "Mail:From must be a valid address when Mail:Smtp:Host is set.")
            .ValidateOnStart();
        // Core's queue; the API's ops page re-drives failed mail through it too.
        services.TryAddSingleton<MailQueue>();
        services.AddSingleton<MailRecipients>();
        services.TryAddSingleton<MailItemFacts>();
        services.AddSingleton<StaleLines>();
        services.AddSingleton<MailTemplates>();
        services.AddSingleton<MailComposer>();
        services.AddSingleton<MailTransports>();
        services.AddSingleton<MailDispatcher>();
        services.AddHostedService<MailStartup>();
        return services;
    }
}

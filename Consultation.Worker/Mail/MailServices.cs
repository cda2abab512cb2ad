using Consultation.Core.Mail;
using Consultation.Worker.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Consultation.Worker.Mail;

public static class MailServices
{
    /// <summary>The escalation emails: settings, recipients, templates, transports and the dispatcher (the queue itself is Core's).</summary>
    public static IServiceCollection AddConsultationMail(this IServiceCollection services)
    {
        services.AddMailSettings();
        services.AddSingleton<MailRecipients>();
        services.TryAddSingleton<MailItemFacts>();
        services.AddSingleton<StaleLines>();
        services.AddSingleton<MailTemplates>();
        services.AddSingleton<MailLinks>();
        services.AddSingleton<MailComposer>();
        services.AddSingleton<MailTransports>();
        services.AddSingleton<MailDispatcher>();
        services.AddHostedService<MailStartup>();
        return services;
    }
}

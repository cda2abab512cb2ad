using System.Net.Mail;
using Consultation.Worker.Mail;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Consultation.Worker.Hosting;

/// <summary>
/// The Worker's settings sections, each bound to its one class and validated at start-up, once per
/// process however many parts of it (the worker, the API's ops page) read the section.
/// </summary>
public static class Settings
{
    public static IServiceCollection AddMessagingSettings(this IServiceCollection services)
    {
        if (!Once<MessagingOptions>(services))
        {
            return services;
        }
        services.AddOptions<MessagingOptions>().BindConfiguration(MessagingOptions.Section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.QueuePrefix) && o.RabbitMq.PrefetchCount > 0 && !string.IsNullOrWhiteSpace(o.RabbitMq.Host),
                "Messaging: QueuePrefix and RabbitMq:Host must be set and RabbitMq:PrefetchCount positive.")
            .ValidateOnStart();
        return services;
    }

    public static IServiceCollection AddMailSettings(this IServiceCollection services)
    {
        if (!Once<MailOptions>(services))
        {
            return services;
        }
        services.AddOptions<MailOptions>().BindConfiguration(MailOptions.Section)
            .PostConfigure<IHostEnvironment>((o, environment) => o.PickupDirectory ??= Path.Combine(environment.ContentRootPath, "data", "mail"))
            .Validate(o => o.ConsolidationWindow >= TimeSpan.Zero && o.DispatchInterval > TimeSpan.Zero && o.MaxItemsPerMail is > 0 and <= 1000,
                "Mail:ConsolidationWindow must not be negative, Mail:DispatchInterval must be positive and Mail:MaxItemsPerMail between 1 and 1000.")
            .Validate(o => o.RetryDelay > TimeSpan.Zero && o.MaxRetryDelay >= o.RetryDelay && o.SendLease > o.Smtp.Timeout && o.ConsumerConcurrency > 0,
                "Mail retry delays, the send lease (longer than Mail:Smtp:Timeout) and the consumer concurrency must be positive.")
            .Validate(o => string.IsNullOrWhiteSpace(o.Smtp.Host) || MailAddress.TryCreate(o.From, out _),
                "Mail:From must be a valid address when Mail:Smtp:Host is set.")
            .ValidateOnStart();
        return services;
    }

    /// <summary>Reads a section once for a decision taken while registering (which transport, which jobs).</summary>
    public static T Read<T>(this IConfiguration configuration, string section)
        where T : new() =>
        configuration.GetSection(section).Get<T>() ?? new T();

    private static bool Once<T>(IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(Bound<T>)))
        {
            return false;
        }
        services.TryAddSingleton<Bound<T>>();
        return true;
    }

    private sealed class Bound<T>;
}

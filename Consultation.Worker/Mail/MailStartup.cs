namespace Consultation.Worker.Mail;

/// <summary>Says at start-up where mail goes, and checks that the templates parse.</summary>
public sealed class MailStartup(MailTransports transports, MailTemplates templates, Microsoft.Extensions.Options.IOptions<MailOptions> options, ILogger<MailStartup> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        templates.Verify();
        if (transports.UsesSmtp)
        {
            var smtp = options.Value.Smtp;
            logger.LogInformation("Mail goes to the SMTP server {Host}:{Port} (TLS {UseTls}); templates from {Templates}", smtp.Host, smtp.Port, smtp.UseTls, templates.Directory);
        }
        else
        {
            logger.LogWarning("No SMTP host is set (Mail:Smtp:Host): mail is written as .eml files to {PickupDirectory}; templates from {Templates}",
                transports.PickupDirectory, templates.Directory);
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

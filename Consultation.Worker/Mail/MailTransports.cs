using Microsoft.Extensions.Options;

namespace Consultation.Worker.Mail;

/// <summary>SMTP when a host is set, the pickup folder otherwise.</summary>
public sealed class MailTransports(IOptions<MailOptions> options)
{
    public bool UsesSmtp => !string.IsNullOrWhiteSpace(options.Value.Smtp.Host);

    public string PickupDirectory => Path.GetFullPath(options.Value.PickupDirectory!);

    public IMailTransport Create() => UsesSmtp ? new SmtpMailTransport(options.Value.Smtp) : new PickupDirectoryTransport(PickupDirectory);
}

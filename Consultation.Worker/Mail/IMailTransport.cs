using MimeKit;

namespace Consultation.Worker.Mail;

/// <summary>Hands a message over: to an SMTP server, or to the pickup folder. One per dispatch run, so a connection is reused.</summary>
public interface IMailTransport : IAsyncDisposable
{
    /// <summary>Returns once the message is accepted; throws otherwise (see <see cref="SmtpFailures"/>).</summary>
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}

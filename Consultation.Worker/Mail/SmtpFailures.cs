using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace Consultation.Worker.Mail;

/// <summary>
/// Which failures pass: the server is down, slow, busy (4xx), or the credentials or TLS are being
/// fixed. A 5xx reply to this message (a refused recipient, a message too large) does not: sending
/// it again would be refused again, so it is recorded as failed for ops to look at and re-drive.
/// </summary>
public static class SmtpFailures
{
    public static bool IsTransient(Exception e) => e switch
    {
        SmtpCommandException command => (int)command.StatusCode < 500,
        SmtpProtocolException or ServiceNotConnectedException or ServiceNotAuthenticatedException => true,
        AuthenticationException or SslHandshakeException => true,
        SocketException or IOException or TimeoutException => true,
        MailTemplateException => true,
        OperationCanceledException => true,
        _ => false,
    };

    public static string Describe(Exception e) => e switch
    {
        SmtpCommandException command => $"SMTP {(int)command.StatusCode} ({command.ErrorCode}): {command.Message}",
        _ => $"{e.GetType().Name}: {e.Message}",
    };
}

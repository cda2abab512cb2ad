namespace Consultation.Core.Mail;

public static class MailStatus
{
    /// <summary>Waiting to be sent, or being retried after a transient failure.</summary>
    public const string Pending = "pending";

    /// <summary>Accepted by the SMTP server (or written to the pickup folder).</summary>
    public const string Sent = "sent";

    /// <summary>Refused for good, or given up; kept with the error until someone re-drives it.</summary>
    public const string Failed = "failed";

    /// <summary>Not sent because every line stopped being true before it went out (answered, extended, closed); never retried.</summary>
    public const string Obsolete = "obsolete";
}

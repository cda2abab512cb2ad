namespace Consultation.Worker.Mail;

/// <summary>
/// A template is missing or does not parse. An administrator fixes the file; until then mails wait
/// and are retried, as for an SMTP outage, rather than failing one by one.
/// </summary>
public sealed class MailTemplateException(string message, Exception? inner = null) : Exception(message, inner);

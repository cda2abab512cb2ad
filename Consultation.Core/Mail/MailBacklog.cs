namespace Consultation.Core.Mail;

/// <summary>What waits: items not yet in a mail, mails not yet sent (and since when), mails that failed.</summary>
public sealed record MailBacklog(int UnsentItems, int PendingMails, DateTimeOffset? OldestPending, int FailedMails);

namespace Consultation.Core.Mail;

/// <summary>A mail claimed for sending, with every item it lists, oldest first.</summary>
public sealed record QueuedMail(Guid Id, string Recipient, int Attempts, DateTimeOffset CreatedAt, IReadOnlyList<MailItem> Items);

namespace Consultation.Core.Mail;

/// <summary>A mail claimed for sending, with every item it lists, oldest first; or, with <see cref="Report"/> set, a report's email and no items.</summary>
public sealed record QueuedMail(Guid Id, string Recipient, int Attempts, DateTimeOffset CreatedAt, IReadOnlyList<MailItem> Items)
{
    /// <summary>The report this mail carries, when it is a report's email.</summary>
    public QueuedReport? Report { get; init; }
}

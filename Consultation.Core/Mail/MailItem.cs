namespace Consultation.Core.Mail;

/// <summary>
/// One thing a recipient is to be told, from one source event (an escalation). Items for the same
/// recipient are gathered into one mail; the pair (source event, recipient) is recorded once.
/// </summary>
public sealed record MailItem
{
    /// <summary>The event's id (the escalation's id, its MessageId).</summary>
    public required Guid SourceId { get; init; }

    /// <summary>What the event announces, one of the escalation kinds.</summary>
    public required string Kind { get; init; }

    /// <summary>Why this recipient is told, one of <see cref="MailRoles"/>.</summary>
    public required string Role { get; init; }

    public required Guid ConsultationId { get; init; }

    /// <summary>The address the mail goes to; items are consolidated by it.</summary>
    public required string Recipient { get; init; }

    public required string RecipientName { get; init; }

    /// <summary>What the text is written from: the event as JSON.</summary>
    public required string Payload { get; init; }

    /// <summary>When the item was recorded; set by the queue.</summary>
    public DateTimeOffset CreatedAt { get; init; }
}

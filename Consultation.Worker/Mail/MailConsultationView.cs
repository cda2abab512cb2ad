namespace Consultation.Worker.Mail;

/// <summary>One consultation in a mail, with the items about it and the recipient's links to it in the portal.</summary>
public sealed record MailConsultationView
{
    public required string Id { get; init; }
    public required string DocumentNumber { get; init; }
    public required string Title { get; init; }
    public required string LeadAgencyName { get; init; }
    public required IReadOnlyList<MailItemView> Items { get; init; }

    /// <summary>
    /// One link per agency the recipient acts for on this consultation: nearly always one, two when one
    /// mailbox is, say, both the lead and the supervisor.
    /// </summary>
    public required IReadOnlyList<MailLinkView> Links { get; init; }
}

namespace Consultation.Worker.Mail;

/// <summary>One consultation in a mail, with the items about it.</summary>
public sealed record MailConsultationView
{
    public required string Id { get; init; }
    public required string DocumentNumber { get; init; }
    public required string Title { get; init; }
    public required string LeadAgencyName { get; init; }
    public required IReadOnlyList<MailItemView> Items { get; init; }
}

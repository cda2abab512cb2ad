namespace Consultation.Worker.Mail;

/// <summary>A link to a consultation in the agency portal, as the templates show it.</summary>
public sealed record MailLinkView
{
    public required string Url { get; init; }

    /// <summary>The agency the link acts for, named in the sentence that says it is for that unit only.</summary>
    public required string AgencyName { get; init; }

    /// <summary>When the link stops working, in Vietnamese: "09 giờ 00, thứ Hai, ngày 21/12/2026".</summary>
    public required string ValidUntil { get; init; }
}

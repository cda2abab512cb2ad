namespace Consultation.Worker.Mail;

/// <summary>What the report email's templates see, in snake_case: <c>recipient.name</c>, <c>period</c>, <c>attachments</c>, …</summary>
public sealed record ReportMailModel
{
    public required string MailId { get; init; }
    public required MailRecipientView Recipient { get; init; }

    /// <summary>The date line, "ngày 01 tháng 12 năm 2026".</summary>
    public required string Date { get; init; }

    /// <summary>Whether this is the province-wide report (the lead is <c>all</c>), sent to the supervisor.</summary>
    public required bool ProvinceWide { get; init; }

    /// <summary>The lead unit's name, or the supervisor's for the province-wide report.</summary>
    public required string LeadName { get; init; }

    /// <summary>"từ ngày 01/11/2026 đến ngày 30/11/2026".</summary>
    public required string Period { get; init; }

    /// <summary>How many agencies the report covers, and how many its proposal names.</summary>
    public required int Agencies { get; init; }

    public required int Proposed { get; init; }

    public required int Commended { get; init; }

    public required IReadOnlyList<ReportMailAttachment> Attachments { get; init; }
}

namespace Consultation.Worker.Mail;

/// <summary>What the templates see, in snake_case: <c>recipient.name</c>, <c>consultations</c>, <c>counts.overdue</c>, …</summary>
public sealed record MailModel
{
    public required string MailId { get; init; }
    public required MailRecipientView Recipient { get; init; }

    /// <summary>The date line, "ngày 07 tháng 12 năm 2026".</summary>
    public required string Date { get; init; }

    public required IReadOnlyList<MailConsultationView> Consultations { get; init; }
    /// <summary>Items per kind, by the kind's name, and <c>total</c>, <c>level2</c>, <c>lead</c>, <c>supervisor</c>, <c>head</c>.</summary>
    public required IReadOnlyDictionary<string, object> Counts { get; init; }

    /// <summary>One phrase per kind present, "300 trường hợp quá hạn trả lời", for a consolidated subject.</summary>
    public required IReadOnlyList<string> Summary { get; init; }
}

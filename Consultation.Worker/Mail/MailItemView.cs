namespace Consultation.Worker.Mail;

/// <summary>One item as the templates see it; which fields are set depends on <see cref="Kind"/>.</summary>
public sealed record MailItemView
{
    /// <summary><c>requested</c>, <c>due_soon</c>, <c>overdue</c>, <c>vague_answer</c> or <c>deemed_agreed</c>.</summary>
    public required string Kind { get; init; }

    /// <summary><c>lead</c>, <c>agency</c>, <c>head</c> or <c>supervisor</c>.</summary>
    public required string Role { get; init; }

    public required string AgencyCode { get; init; }
    public required string AgencyName { get; init; }

    /// <summary>The deadline in Vietnamese, "ngày 04/12/2026" or "17 giờ 00, thứ Sáu, ngày 04/12/2026".</summary>
    public string? Due { get; init; }

    public int Level { get; init; }
    public int WorkingDaysOverdue { get; init; }
    public int WorkingDaysLeft { get; init; }
    public string? Issue { get; init; }
    public string? ProposedDirection { get; init; }
    public string? Reason { get; init; }
    public string? Urgency { get; init; }
    public string? Position { get; init; }
    public string? Content { get; init; }
    public string? Score { get; init; }
    public IReadOnlyList<string> Reasons { get; init; } = [];

    /// <summary>Where the lead records its review of a vague answer through the API.</summary>
    public string? ReviewPath { get; init; }
}

namespace Consultation.Worker.Mail;

/// <summary>One item as the templates see it; which fields are set depends on <see cref="Kind"/>.</summary>
public sealed record MailItemView
{
    /// <summary>One of the escalation kinds: <c>requested</c>, <c>due_soon</c>, <c>overdue</c>, <c>vague_answer</c>, <c>deemed_agreed</c>, <c>clarification_requested</c>, <c>referred</c>, <c>referral_ring</c>.</summary>
    public required string Kind { get; init; }

    /// <summary><c>lead</c>, <c>agency</c>, <c>head</c> or <c>supervisor</c>.</summary>
    public required string Role { get; init; }

    public required string AgencyCode { get; init; }
    public required string AgencyName { get; init; }

    /// <summary>The deadline in Vietnamese, "ngày 04/12/2026" or "17 giờ 00, thứ Sáu, ngày 04/12/2026".</summary>
    public string? Due { get; init; }

    public int Level { get; init; }
    public int WorkingDaysOverdue { get; init; }

    /// <summary>"đã quá hạn 02 ngày làm việc", or, before one whole working day has passed, "đã hết hạn, chưa tròn 01 ngày làm việc".</summary>
    public string? Overdue { get; init; }

    /// <summary>Whether the request said that no answer by the deadline counts as agreement.</summary>
    public bool SilenceMeansConsent { get; init; }

    /// <summary>The lead's note asking for clarification.</summary>
    public string? Note { get; init; }

    /// <summary>The clarification period in working days, when it was given as one.</summary>
    public int? WorkingDays { get; init; }

    public int Round { get; init; }
    public string? LegalBasis { get; init; }
    public string? CompetentAgencyName { get; init; }

    /// <summary>A referral ring: the agencies the request passed through, the first again last.</summary>
    public IReadOnlyList<string> Ring { get; init; } = [];

    /// <summary>Where the lead redirects a referral through the API.</summary>
    public string? RedirectPath { get; init; }
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

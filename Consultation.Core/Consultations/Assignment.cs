namespace Consultation.Core.Consultations;

/// <summary>One consulted agency's duty to answer one consultation.</summary>
public sealed record Assignment
{
    public Guid Id { get; init; }
    public Guid ConsultationId { get; init; }
    public required string AgencyCode { get; init; }
    public required string Reason { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }
    public DateTimeOffset DueAt { get; init; }

    /// <summary>Set when the due date was computed in working days, so a calendar change can recompute it.</summary>
    public int? DueWorkingDays { get; init; }

    public required string Status { get; init; }
    public int Round { get; init; } = 1;
    public DateTimeOffset? AnsweredAt { get; init; }
    public int EscalationLevel { get; init; }
    public int Version { get; init; } = 1;

    /// <summary>The assignment whose not_competent answer the lead redirected to this one, if any.</summary>
    public Guid? RedirectedFromId { get; init; }

    /// <summary>When silence was recorded as agreement; kept when a late answer arrives afterwards.</summary>
    public DateTimeOffset? DeemedAgreedAt { get; init; }

    public bool AwaitsAnswer => Status is AssignmentStatus.Pending or AssignmentStatus.ClarificationRequested;

    /// <summary>
    /// An answer is taken while one is awaited and also after silence was recorded as agreement: the
    /// agency's own position, late, supersedes the presumption, and the lead sees it.
    /// </summary>
    public bool AcceptsAnswer => AwaitsAnswer || Status == AssignmentStatus.DeemedAgreed;

    public bool IsOverdue(DateTimeOffset now) => AwaitsAnswer && now > DueAt;
}

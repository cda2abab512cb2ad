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

    public bool AwaitsAnswer => Status is AssignmentStatus.Pending or AssignmentStatus.ClarificationRequested;

    public bool IsOverdue(DateTimeOffset now) => AwaitsAnswer && now > DueAt;
}

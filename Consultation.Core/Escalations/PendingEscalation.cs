namespace Consultation.Core.Escalations;

/// <summary>An unpublished escalation with everything its message needs, read in one query.</summary>
public sealed record PendingEscalation
{
    public Guid Id { get; init; }
    public required string Kind { get; init; }
    public int Level { get; init; }
    public required string Occurrence { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public Guid AssignmentId { get; init; }
    public Guid ConsultationId { get; init; }
    public required string DocumentNumber { get; init; }
    public required string Title { get; init; }
    public required string Issue { get; init; }
    public required string ProposedDirection { get; init; }
    public required string Urgency { get; init; }
    public required string LeadAgencyCode { get; init; }
    public required string LeadAgencyName { get; init; }
    public required string AgencyCode { get; init; }
    public required string AgencyName { get; init; }
    public required string Reason { get; init; }
    public DateTimeOffset DueAt { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }
    public int? DueWorkingDays { get; init; }
    public int Round { get; init; }
    public bool SilenceMeansConsent { get; init; }

    /// <summary>For a referral ring: the agencies the request passed through, first referral first.</summary>
    public IReadOnlyList<string> Chain { get; init; } = [];
}

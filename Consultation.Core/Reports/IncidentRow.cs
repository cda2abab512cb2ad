namespace Consultation.Core.Reports;

/// <summary>
/// An assignment past due or deemed agreed, or an answer given late or confirmed vague, with its
/// consultation. <see cref="Until"/> is when an unanswered assignment stopped being awaited: the
/// report's moment, or the consultation's close.
/// </summary>
public sealed record IncidentRow
{
    public Guid AssignmentId { get; init; }
    public required string AgencyCode { get; init; }
    public Guid ConsultationId { get; init; }
    public required string DocumentNumber { get; init; }
    public required string Title { get; init; }
    public required string LeadAgencyCode { get; init; }
    public required string Status { get; init; }
    public DateTimeOffset DueAt { get; init; }
    public DateTimeOffset? Until { get; init; }
    public int Round { get; init; }
    public DateTimeOffset? SubmittedAt { get; init; }
    public bool Late { get; init; }
    public string? ReviewDecision { get; init; }
    public string? ReviewNote { get; init; }
}

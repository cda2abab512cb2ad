namespace Consultation.Core.Consultations;

/// <summary>One answer to an assignment; a clarification round adds another and keeps the earlier ones.</summary>
public sealed record Answer
{
    public Guid Id { get; init; }
    public Guid AssignmentId { get; init; }
    public int Round { get; init; }
    public required string Position { get; init; }
    public required string Content { get; init; }
    public string? LegalBasis { get; init; }
    public string? CompetentAgencyCode { get; init; }
    public string? CompetentAgencyName { get; init; }
    public DateTimeOffset SubmittedAt { get; init; }
    public bool Late { get; init; }

    /// <summary>The deadline this answer was given against; later rounds and extensions move the assignment's.</summary>
    public DateTimeOffset? DueAt { get; init; }

    public string? AssessmentVerdict { get; init; }
    public double? AssessmentScore { get; init; }
    public string? AssessmentReasons { get; init; }
    public string? ReviewDecision { get; init; }
    public string? ReviewNote { get; init; }
    public DateTimeOffset? ReviewedAt { get; init; }

    /// <summary>A not_competent answer naming an agency already on its chain of redirects: responsibility passed round in a ring.</summary>
    public bool ReferralRing { get; init; }
}

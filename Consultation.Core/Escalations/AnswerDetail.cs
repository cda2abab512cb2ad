namespace Consultation.Core.Escalations;

/// <summary>The answer an escalation concerns (a vague answer, a referral, a reviewed answer), as its message needs it.</summary>
public sealed record AnswerDetail
{
    public Guid Id { get; init; }
    public required string Position { get; init; }
    public required string Content { get; init; }
    public string? LegalBasis { get; init; }
    public string? CompetentAgencyCode { get; init; }

    /// <summary>The registered competent agency's name, or the name given for a body outside the registry.</summary>
    public string? CompetentAgencyName { get; init; }

    public string? AssessmentVerdict { get; init; }
    public double? AssessmentScore { get; init; }
    public string? AssessmentReasons { get; init; }
    public string? ReviewNote { get; init; }
}

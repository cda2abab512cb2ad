namespace Consultation.Core.Assessment;

/// <summary>An answer, or a draft of one, with what is known of the question it answers.</summary>
public sealed record AssessmentInput
{
    /// <summary><c>agree</c>, <c>agree_with_comments</c>, <c>disagree</c> or <c>not_competent</c>; null or anything else is a missing position.</summary>
    public string? Position { get; init; }

    public required string Content { get; init; }
    public string? LegalBasis { get; init; }
    public string? CompetentAgencyCode { get; init; }
    public string? CompetentAgencyName { get; init; }

    /// <summary>The issue on which opinions are sought (with the title and proposed direction when known); null when unknown.</summary>
    public string? Issue { get; init; }

    /// <summary>The lead unit, so a referral back to it is recognised as handing the decision back.</summary>
    public string? LeadAgencyCode { get; init; }
}

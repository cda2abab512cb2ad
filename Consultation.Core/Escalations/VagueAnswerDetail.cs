namespace Consultation.Core.Escalations;

/// <summary>The answer a vague-answer escalation concerns.</summary>
public sealed record VagueAnswerDetail
{
    public Guid Id { get; init; }
    public required string Position { get; init; }
    public required string Content { get; init; }
    public double? AssessmentScore { get; init; }
    public string? AssessmentReasons { get; init; }
}

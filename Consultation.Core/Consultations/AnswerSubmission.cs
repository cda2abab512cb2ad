namespace Consultation.Core.Consultations;

/// <summary>An answer as the consulted agency submits it, already validated for shape.</summary>
public sealed record AnswerSubmission
{
    public Guid ConsultationId { get; init; }
    public required string AgencyCode { get; init; }
    public required string Position { get; init; }
    public required string Content { get; init; }
    public string? LegalBasis { get; init; }
    public string? CompetentAgencyCode { get; init; }
    public string? CompetentAgencyName { get; init; }
    public string? AssessmentVerdict { get; init; }
    public double? AssessmentScore { get; init; }
    public string? AssessmentReasons { get; init; }
    public required string Actor { get; init; }
    public DateTimeOffset Now { get; init; }
}

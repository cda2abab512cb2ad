namespace Consultation.Core.Consultations;

/// <summary>An answer as the consulted agency submits it, read and validated (<see cref="AnswerRules"/>).</summary>
public sealed record AnswerSubmission
{
    public Guid ConsultationId { get; init; }
    public required string AgencyCode { get; init; }
    public required string Position { get; init; }
    public required string Content { get; init; }
    public string? LegalBasis { get; init; }
    public string? CompetentAgencyCode { get; init; }
    public string? CompetentAgencyName { get; init; }
    public required string Actor { get; init; }
    public DateTimeOffset Now { get; init; }
}

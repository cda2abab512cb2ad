namespace Consultation.Core.Consultations;

/// <summary>An answer as a clerk writes it, before it is read: the body of a submission and of a preview.</summary>
public sealed record AnswerDraft(
    string? Position,
    string? Content,
    string? LegalBasis,
    string? CompetentAgencyCode,
    string? CompetentAgencyName);

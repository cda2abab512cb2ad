namespace Consultation.Api.Consultations;

public sealed record AnswerRequest(
    string? Position,
    string? Content,
    string? LegalBasis = null,
    string? CompetentAgencyCode = null,
    string? CompetentAgencyName = null);

namespace Consultation.Api.Consultations;

public sealed record AnswerRequest(
    string? Position,
    string? Content,
    string? LegalBasis,
    string? CompetentAgencyCode,
    string? CompetentAgencyName);

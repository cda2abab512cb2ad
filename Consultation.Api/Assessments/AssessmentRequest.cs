namespace Consultation.Api.Assessments;

/// <summary>A draft answer (the body of an answer) plus, for context, a consultation the caller is party to or the issue text.</summary>
public sealed record AssessmentRequest(
    string? Position,
    string? Content,
    string? LegalBasis = null,
    string? CompetentAgencyCode = null,
    string? CompetentAgencyName = null,
    Guid? ConsultationId = null,
    string? Issue = null);

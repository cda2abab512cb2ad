namespace Consultation.Api.Consultations;

/// <summary>
/// The recorded answer. <see cref="Assessment"/> is null until the answer assessor is in place;
/// the field is part of the contract so clients can already read it.
/// </summary>
public sealed record AnswerCreatedResponse(Guid Id, int Round, bool Late, DateTimeOffset SubmittedAt, AssessmentResponse? Assessment);

namespace Consultation.Api.Consultations;

/// <summary>The recorded answer with its assessment, as stored with it.</summary>
public sealed record AnswerCreatedResponse(Guid Id, int Round, bool Late, DateTimeOffset SubmittedAt, AssessmentResponse? Assessment);

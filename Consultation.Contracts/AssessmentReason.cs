namespace Consultation.Contracts;

/// <summary>Why the assessor judged an answer as it did: a machine code and a Vietnamese explanation.</summary>
public sealed record AssessmentReason(string Code, string Message);

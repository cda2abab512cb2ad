namespace Consultation.Core.Assessment;

/// <summary>One reason for a verdict: a stable machine code and an explanation a clerk understands.</summary>
public sealed record VerdictReason(string Code, string Message);

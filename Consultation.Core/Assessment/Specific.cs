namespace Consultation.Core.Assessment;

/// <summary>A verifiable detail found in a clause; <see cref="Key"/> compares it with the issue to tell new facts from restatement.</summary>
internal readonly record struct Specific(SpecificKind Kind, int Offset, int Length, string Key);

namespace Consultation.Core.Assessment;

/// <summary>A rule's conclusion: its weight already scaled, and the clause it is about when there is one.</summary>
internal readonly record struct Finding(string Code, double Weight, Clause? Clause, string? Body, int Order);

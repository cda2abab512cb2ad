namespace Consultation.Core.Assessment;

/// <summary>A rule's conclusion: its weight already scaled, the clause it is about, and the element of it that decided.</summary>
internal readonly record struct Finding(string Code, double Weight, Clause? Clause, string? Body, int Order, Element? Element = null);

/// <summary>The part of a clause that made an answer clear: a detail (“Điều 5”, “38 triệu”) or the words of an edit or a reason.</summary>
internal sealed record Element(string Kind, string Text);

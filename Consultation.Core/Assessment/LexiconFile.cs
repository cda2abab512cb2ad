namespace Consultation.Core.Assessment;

/// <summary>The shape of <c>lexicon.json</c>.</summary>
internal sealed record LexiconFile(
    string? Description,
    double EvasionScaleWithPosition,
    Dictionary<string, string[]>? Categories,
    Dictionary<string, string[]>? IssueCategories,
    string[]? Negators,
    string[]? Filler,
    Dictionary<string, LocalizedText>? Positions,
    LocalizedText? IssueUnknown,
    Dictionary<string, ReasonTemplate>? Reasons,
    Dictionary<string, LocalizedText>? Elements,
    Dictionary<string, string>? Abbreviations);

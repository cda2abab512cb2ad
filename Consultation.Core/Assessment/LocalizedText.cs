namespace Consultation.Core.Assessment;

/// <summary>A text of the lexicon in Vietnamese and, optionally, English.</summary>
internal sealed record LocalizedText(string Vi, string? En)
{
    public string In(ReasonLanguage language) => language == ReasonLanguage.English && En is not null ? En : Vi;
}

namespace Consultation.Core.Assessment;

/// <summary>What a lexicon file must hold besides its phrases, so a bad edit fails at start-up, not in a clerk's face.</summary>
internal static class LexiconChecks
{
    /// <summary>What a clear verdict can name: the kinds of detail and the categories whose words can carry it.</summary>
    public static readonly string[] ElementKinds =
        ["citation", "locator", "date", "number", "person", Category.Edit, Category.Commitment, Category.Reason, Category.Alternative];

    public static IEnumerable<string> Problems(LexiconFile file)
    {
        if (file.EvasionScaleWithPosition is < 0 or > 1)
        {
            yield return "\"evasionScaleWithPosition\" must be between 0 and 1";
        }
        if (file.Negators is null or { Length: 0 })
        {
            yield return "\"negators\" is missing";
        }
        if (file.Filler is null)
        {
            yield return "\"filler\" is missing";
        }
        if (file.IssueUnknown is null)
        {
            yield return "\"issueUnknown\" is missing";
        }
        foreach (var position in Consultations.Positions.All.Where(p => file.Positions?.ContainsKey(p) != true))
        {
            yield return $"\"positions\" has no name for \"{position}\"";
        }
        foreach (var code in ReasonCodes.All.Where(c => file.Reasons?.ContainsKey(c) != true))
        {
            yield return $"\"reasons\" has no entry for \"{code}\"";
        }
        foreach (var kind in ElementKinds.Where(k => file.Elements?.ContainsKey(k) != true))
        {
            yield return $"\"elements\" has no name for \"{kind}\"";
        }
        if (file.Abbreviations is null)
        {
            yield return "\"abbreviations\" is missing";
        }
        foreach (var (abbreviation, meaning) in file.Abbreviations ?? [])
        {
            if (Tokenizer.Words(abbreviation).Length != 1 || Tokenizer.Words(meaning).Length == 0)
            {
                yield return $"abbreviation \"{abbreviation}\" must be one word standing for at least one word";
            }
        }
        foreach (var (code, reason) in file.Reasons ?? [])
        {
            if (!ReasonCodes.All.Contains(code))
            {
                yield return $"unknown reason \"{code}\"";
            }
            else if (string.IsNullOrWhiteSpace(reason.Vi))
            {
                yield return $"reason \"{code}\" has no Vietnamese message";
            }
        }
    }
}

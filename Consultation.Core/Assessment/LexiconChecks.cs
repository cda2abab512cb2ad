namespace Consultation.Core.Assessment;

/// <summary>What a lexicon file must hold besides its phrases, so a bad edit fails at start-up, not in a clerk's face.</summary>
internal static class LexiconChecks
{
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

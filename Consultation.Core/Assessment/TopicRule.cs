namespace Consultation.Core.Assessment;

/// <summary>
/// An answer about something else shares no topic words with the issue. Only a clear absence counts:
/// answers put the issue in their own words, so any shared pair of words, or one word in five, is enough to pass.
/// A simple issue is exempt: agreeing to a date and venue and then describing the arrangements shares few words with it.
/// </summary>
internal static class TopicRule
{
    private const int MinimumPairs = 6;

    public static void Apply(Evidence evidence, IssueContext issue, AssessmentLexicon lexicon, Findings findings)
    {
        // Without a position an answer is judged vague on other grounds; this rule is for positions taken on another question.
        if (!issue.Known || issue.IsSimple || issue.Bigrams.Count < 2 || !evidence.StatesPosition)
        {
            return;
        }
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var clause in evidence.Clauses)
        {
            var topic = clause.Words.Select((w, i) => lexicon.IsTopicWord(w, clause.Capitalised[i])).ToArray();
            pairs.UnionWith(IssueContext.PairsOf(clause.Words, topic));
            words.UnionWith(clause.Words.Where((_, i) => topic[i]));
        }
        if (pairs.Count < MinimumPairs || pairs.Overlaps(issue.Bigrams) || words.Count(issue.Words.Contains) * 5 >= words.Count)
        {
            return;
        }
        findings.Add(ReasonCodes.OffTopic);
    }
}

namespace Consultation.Core.Assessment;

/// <summary>
/// An answer about something else shares nothing with the issue. Only a clear absence counts, because
/// answers put the issue in their own words: any shared pair of words, one word in five (abbreviations
/// such as GPMB or NSNN read in full), or a figure, date or document of the request restated is enough
/// to pass, and so is pointing at it ("đề xuất nêu trên", "như đề nghị"). A simple issue is exempt: agreeing to a date and venue shares few words with it.
/// </summary>
internal static class TopicRule
{
    private const int MinimumPairs = 6;

    public static void Apply(Evidence evidence, IssueContext issue, AssessmentLexicon lexicon, Findings findings)
    {
        // Without a position an answer is judged vague on other grounds; this rule is for positions taken on another question.
        if (!issue.Known || issue.IsSimple || issue.Bigrams.Count < 2 || !evidence.StatesPosition || evidence.RestatesIssue
            || evidence.Clauses.Exists(c => c.Has(Category.ProposalPointer)))
        {
            return;
        }
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var clause in evidence.Clauses.Where(c => !c.FromBasisField))
        {
            var (expanded, topic) = lexicon.Expand(clause.Words, clause.Capitalised);
            pairs.UnionWith(IssueContext.PairsOf(expanded, topic));
            words.UnionWith(expanded.Where((_, i) => topic[i]));
        }
        if (pairs.Count < MinimumPairs || pairs.Overlaps(issue.Bigrams) || words.Count(issue.Words.Contains) * 5 >= words.Count)
        {
            return;
        }
        findings.Add(ReasonCodes.OffTopic, evidence.Clauses.Find(c => c.Matches.Exists(m => Category.IsStance(m.Category))));
    }
}

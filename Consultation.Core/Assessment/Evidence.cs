namespace Consultation.Core.Assessment;

/// <summary>What an answer's clauses amount to, read against the issue: the facts the rules weigh.</summary>
internal sealed class Evidence
{
    /// <summary>Words of substance a reason or an edit must carry beyond what the issue already says.</summary>
    private const int SubstantialWords = 4;

    private static readonly string[] Evasive =
        [Category.NoOpinion, Category.Deferral, Category.PuntBack, Category.Boilerplate, Category.UnnamedBody, Category.SelfReport, Category.FormOnly];

    private readonly IssueContext _issue;
    private readonly AssessmentLexicon _lexicon;

    public Evidence(List<Clause> clauses, IssueContext issue, AssessmentLexicon lexicon)
    {
        _issue = issue;
        _lexicon = lexicon;
        Clauses = clauses;
        FactClauses = clauses.Where(c => Facts(c) > 0).ToList();
        FactCount = clauses.Sum(Facts);
        ReasonClauses = clauses
            .Where(c => ReasonDetails(c).Any() || SaysSomethingOwn(c, Category.Reason, Category.Alternative, Category.Edit))
            .ToList();
        var requested = false;
        var comments = new List<Clause>();
        foreach (var clause in clauses)
        {
            // "Đề nghị:" followed by a list: the request carries over to the items below it.
            requested |= clause.HasAny(Category.Edit, Category.Request, Category.Alternative);
            if (requested && (Facts(clause) > 0 || SaysSomethingOwn(clause, Category.Edit)))
            {
                comments.Add(clause);
            }
        }
        CommentClauses = comments;
        ActionClauses = clauses.Where(c => SaysSomethingOwn(c, Category.Edit, Category.Commitment)).ToList();
        BasisClause = clauses.FirstOrDefault(c => c.Specifics.Exists(s =>
            s.Detail.Kind is SpecificKind.Citation or SpecificKind.Locator && !c.ReferenceSegments.Contains(s.Segment)));
        IsEvasive = clauses.Exists(c => c.HasAny(Evasive));
        StatesPosition = clauses.Exists(c => c.Matches.Exists(m => Category.IsStance(m.Category)));
        RestatesIssue = clauses.Exists(c => c.Specifics.Exists(s => IsRestated(s.Detail)));
    }

    public List<Clause> Clauses { get; }

    /// <summary>Whether the answer repeats a figure, date or document of the request: proof that it is about it, not of substance.</summary>
    public bool RestatesIssue { get; }

    /// <summary>Clauses with at least one new, verifiable detail outside form-only remarks and references to the request.</summary>
    public List<Clause> FactClauses { get; }

    public int FactCount { get; }

    /// <summary>Clauses that give a reason or an alternative: new details, or a reasoned sentence saying something new.</summary>
    public List<Clause> ReasonClauses { get; }

    /// <summary>Comments that point at something and say what to change.</summary>
    public List<Clause> CommentClauses { get; }

    /// <summary>Clauses that commit to or ask for a concrete action, described in words of their own.</summary>
    public List<Clause> ActionClauses { get; }

    /// <summary>The first clause citing an instrument or a provision, restated or not.</summary>
    public Clause? BasisClause { get; }

    /// <summary>Whether any clause evades in one of the ways that, without a position, make an answer vague.</summary>
    public bool IsEvasive { get; }

    /// <summary>Whether the text itself states a position (agreement, refusal, incompetence, a nomination).</summary>
    public bool StatesPosition { get; }

    public Clause? First(string category) => Clauses.Find(c => c.Has(category));

    public int Facts(Clause clause) => Details(clause).Count();

    /// <summary>
    /// The verifiable details that are the answer's own: not a year alone, not in a remark on form or a
    /// reference to the request, not already in the issue, not the asker's own document, not an instrument
    /// named only to say "follow it", and never from the legal-basis field.
    /// </summary>
    public IEnumerable<Specific> Details(Clause clause)
    {
        if (clause.FromBasisField)
        {
            yield break;
        }
        foreach (var (detail, segment) in clause.Specifics)
        {
            if (detail.Kind != SpecificKind.Year && clause.Counts(segment) && _issue.IsNovel(detail)
                && !(detail.Kind == SpecificKind.Citation && (NotApplied(clause) || _issue.IsAskersDocument(clause.Text, detail))))
            {
                yield return detail;
            }
        }
    }

    /// <summary>
    /// Details that can support a refusal. In "không thống nhất bố trí 0,85 tỷ đồng cho hội chợ" the figure is what
    /// is refused, not why: a detail right after the refusal, before any "vì", "do" or proposal, restates the proposal.
    /// </summary>
    public IEnumerable<Specific> ReasonDetails(Clause clause) => Details(clause).Where(d => !IsRefusedObject(clause, d));

    private static bool IsRefusedObject(Clause clause, Specific detail)
    {
        var refusal = clause.Matches.FindLast(m => m.Category == Category.Disagree && clause.Starts[m.Start] < detail.Offset);
        if (refusal.Category is null)
        {
            return false;
        }
        var segment = clause.WordSegment[refusal.Start];
        // "Chưa thống nhất: quỹ đất còn 1.240 ha": what follows a colon explains the refusal.
        var refusalEnd = clause.Starts[refusal.End - 1] + clause.Words[refusal.End - 1].Length;
        return !clause.Text.AsSpan(refusalEnd, detail.Offset - refusalEnd).Contains(':')
            && !clause.Matches.Exists(m => m.Category is Category.Reason or Category.Alternative
            && m.Start >= refusal.End && clause.Starts[m.Start] < detail.Offset)
            && clause.WordSegment[Math.Max(0, Array.FindLastIndex(clause.Starts, s => s <= detail.Offset))] == segment;
    }

    /// <summary>
    /// "Thực hiện đúng quy định của Luật Đấu thầu và các văn bản hướng dẫn": an instrument named in a sentence
    /// that only says to follow the rules, or only judges, is not applied to anything. A provision located down
    /// to its article is.
    /// </summary>
    private static bool NotApplied(Clause clause) =>
        clause.HasAny(Category.Boilerplate, Category.Praise, Category.Evaluative)
        && !clause.Specifics.Exists(s => s.Detail.Kind == SpecificKind.Locator);

    /// <summary>
    /// A sentence of the agency's own words: enough new topic words, and no judging, generic or "follow the
    /// rules" phrase carrying it. "Chưa phù hợp với định hướng phát triển không gian đô thị" has new words
    /// but says nothing the lead can check.
    /// </summary>
    private bool SaysSomethingOwn(Clause clause, params string[] markers) =>
        !clause.FromBasisField && !clause.HasAny(Category.Evaluative, Category.Generic, Category.Praise, Category.Boilerplate)
        && clause.Matches.FindIndex(m => markers.Contains(m.Category)) is var marker and >= 0
        && NovelWords(clause, clause.WordSegment[clause.Matches[marker].Start]) >= SubstantialWords;

    /// <summary>
    /// What in <paramref name="clause"/> makes it count: its first own detail, or else the words from the first
    /// phrase of <paramref name="categories"/> to the end of its part of the sentence.
    /// </summary>
    public Element? ElementOf(Clause clause, params string[] categories) => ElementOf(clause, Details(clause), categories);

    public Element? ReasonOf(Clause clause) =>
        ElementOf(clause, ReasonDetails(clause), Category.Reason, Category.Alternative, Category.Edit);

    private static Element? ElementOf(Clause clause, IEnumerable<Specific> details, params string[] categories)
    {
        const int Words = 12;
        foreach (var detail in details)
        {
            var end = detail.Offset + detail.Length;
            // A figure is read with its unit: “38 triệu”, “1,2 km”.
            if (detail.Kind == SpecificKind.Number && Array.FindIndex(clause.Starts, s => s > detail.Offset) is var next and >= 0
                && clause.Words[next].Length > 0 && char.IsLetter(clause.Words[next][0]))
            {
                end = clause.Starts[next] + clause.Words[next].Length;
            }
            return new Element(detail.Kind.ToString().ToLowerInvariant(), clause.Text[detail.Offset..end]);
        }
        var index = clause.Matches.FindIndex(m => categories.Contains(m.Category));
        if (index < 0)
        {
            return null;
        }
        var match = clause.Matches[index];
        var last = match.Start;
        while (last + 1 < clause.Words.Length && last + 1 < match.Start + Words && clause.WordSegment[last + 1] == clause.WordSegment[match.Start])
        {
            last++;
        }
        return new Element(match.Category, clause.Text[clause.Starts[match.Start]..(clause.Starts[last] + clause.Words[last].Length)]);
    }

    // "02" or "5" recur by chance; "86,4" or "1527" do not.
    private bool IsRestated(Specific detail) =>
        detail.Kind is SpecificKind.Number or SpecificKind.Date or SpecificKind.Citation
        && !(detail.Kind == SpecificKind.Number && detail.Key.Length < 2)
        && _issue.Known && !_issue.IsNovel(detail);

    /// <summary>The instrument or provision a referral rests on, as written.</summary>
    public static Element? BasisOf(Clause clause) =>
        clause.Specifics.Where(s => s.Detail.Kind is SpecificKind.Citation or SpecificKind.Locator)
            .Select(s => new Element(s.Detail.Kind.ToString().ToLowerInvariant(), clause.Text.Substring(s.Detail.Offset, s.Detail.Length)))
            .FirstOrDefault();

    /// <summary>Distinct topic words the issue does not contain and no lexicon phrase accounts for.</summary>
    public int NovelWords(Clause clause, int fromSegment = 0)
    {
        var covered = new bool[clause.Words.Length];
        foreach (var match in clause.Matches)
        {
            Array.Fill(covered, true, match.Start, match.End - match.Start);
        }
        var novel = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < clause.Words.Length; i++)
        {
            var word = clause.Words[i];
            if (!covered[i] && clause.WordSegment[i] >= fromSegment && clause.Counts(clause.WordSegment[i]) && _lexicon.IsTopicWord(word, clause.Capitalised[i]) && !_issue.Words.Contains(word))
            {
                novel.Add(word);
            }
        }
        return novel.Count;
    }
}

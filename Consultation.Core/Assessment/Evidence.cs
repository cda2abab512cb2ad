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
            .Where(c => Facts(c) > 0 || (c.HasAny(Category.Reason, Category.Alternative, Category.Edit) && NovelWords(c) >= SubstantialWords))
            .ToList();
        var requested = false;
        var comments = new List<Clause>();
        foreach (var clause in clauses)
        {
            // "Đề nghị:" followed by a list: the request carries over to the items below it.
            requested |= clause.HasAny(Category.Edit, Category.Request, Category.Alternative);
            if (requested && (Facts(clause) > 0 || (clause.Has(Category.Edit) && NovelWords(clause) >= SubstantialWords)))
            {
                comments.Add(clause);
            }
        }
        CommentClauses = comments;
        ActionClauses = clauses.Where(c => c.HasAny(Category.Edit, Category.Commitment) && NovelWords(c) >= SubstantialWords).ToList();
        BasisClause = clauses.FirstOrDefault(c => c.Specifics.Exists(s =>
            s.Detail.Kind is SpecificKind.Citation or SpecificKind.Locator && !c.ReferenceSegments.Contains(s.Segment)));
        IsEvasive = clauses.Exists(c => c.HasAny(Evasive));
        StatesPosition = clauses.Exists(c => c.Matches.Exists(m => Category.IsStance(m.Category)));
    }

    public List<Clause> Clauses { get; }

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

    public int Facts(Clause clause) => clause.Specifics.Count(s =>
        s.Detail.Kind != SpecificKind.Year && clause.Counts(s.Segment) && _issue.IsNovel(s.Detail));

    /// <summary>Distinct topic words the issue does not contain and no lexicon phrase accounts for.</summary>
    public int NovelWords(Clause clause)
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
            if (!covered[i] && clause.Counts(clause.WordSegment[i]) && _lexicon.IsTopicWord(word, clause.Capitalised[i]) && !_issue.Words.Contains(word))
            {
                novel.Add(word);
            }
        }
        return novel.Count;
    }
}

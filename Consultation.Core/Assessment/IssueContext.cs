using Consultation.Core.Text;

namespace Consultation.Core.Assessment;

/// <summary>
/// What the consultation asked, as far as judging an answer needs it: the figures and instruments
/// it already mentions (repeating them is not substance), its topic words, and whether it is simple.
/// </summary>
internal sealed class IssueContext
{
    private const int DisplayLength = 140;

    public static readonly IssueContext Unknown = new(false, "", false, false, [], [], "", [], []);

    private IssueContext(bool known, string display, bool simple, bool information, HashSet<string> numbers, HashSet<string> dates,
        string compact, HashSet<string> words, HashSet<string> bigrams)
    {
        AsksForInformation = information;
        Dates = dates;
        Known = known;
        Display = display;
        IsSimple = simple;
        Numbers = numbers;
        Compact = compact;
        Words = words;
        Bigrams = bigrams;
    }

    public bool Known { get; }
    public string Display { get; }

    /// <summary>One fully specified, low-stakes proposal (a date, a venue, a nomination) that needs no specialised check.</summary>
    public bool IsSimple { get; }

    /// <summary>Asks for data (figures, prices, a list) rather than an opinion: the data itself can then be the answer.</summary>
    public bool AsksForInformation { get; }

    public HashSet<string> Numbers { get; }
    public HashSet<string> Dates { get; }
    public string Compact { get; }

    /// <summary>Every folded word of the issue, capitalised or not.</summary>
    public HashSet<string> Words { get; }

    /// <summary>Adjacent topic words (lower-case, not filler): the answer's relation to the issue is measured on these.</summary>
    public HashSet<string> Bigrams { get; }

    public static IssueContext Read(string? issue, AssessmentLexicon lexicon)
    {
        if (string.IsNullOrWhiteSpace(issue))
        {
            return Unknown;
        }
        var text = VietnameseText.Normalize(TextFolding.WithoutInvisible(issue));
        var stripped = TextFolding.Strip(text);
        var (words, starts) = Tokenizer.Split(stripped);
        var categories = lexicon.IssuePhrases.Match(words).Select(m => m.Category).ToHashSet();
        var information = categories.Contains(Category.InformationRequest);
        var simple = categories.Contains(Category.SimpleIssue) && !categories.Contains(Category.ComplexIssue) && !information;
        var details = SpecificScanner.Scan(stripped);
        // Figures as the answer's scanner reads them (3,5 ha is 35), plus every bare digit group, so a day
        // taken out of a date in the issue is not mistaken for a new figure in the answer.
        var numbers = details.Where(s => s.Kind is SpecificKind.Number or SpecificKind.Year).Select(s => s.Key)
            .Concat(words.Where(w => char.IsAsciiDigit(w[0])).Select(w => SpecificScanner.Digits(w)))
            .ToHashSet();
        var topic = Enumerable.Range(0, words.Length).Select(i => lexicon.IsTopicWord(words[i], char.IsUpper(stripped[starts[i]]))).ToArray();
        var display = Excerpt.Of(text, DisplayLength);
        var dates = details.Where(s => s.Kind == SpecificKind.Date).Select(s => s.Key).ToHashSet();
        return new IssueContext(true, $"“{display}”", simple, information, numbers, dates, SpecificScanner.Compact(stripped), words.ToHashSet(),
            PairsOf(words, topic));
    }

    public static HashSet<string> PairsOf(string[] words, bool[] topic)
    {
        var bigrams = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i < words.Length; i++)
        {
            if (topic[i - 1] && topic[i])
            {
                bigrams.Add(words[i - 1] + " " + words[i]);
            }
        }
        return bigrams;
    }

    /// <summary>Whether a detail adds something the issue did not already say.</summary>
    public bool IsNovel(Specific detail) => detail.Kind switch
    {
        SpecificKind.Number or SpecificKind.Year => !Numbers.Contains(detail.Key),
        SpecificKind.Date => !Dates.Contains(detail.Key),
        _ => !Compact.Contains(detail.Key, StringComparison.Ordinal),
    };
}

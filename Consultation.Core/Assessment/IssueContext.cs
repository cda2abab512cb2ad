using Consultation.Core.Text;

namespace Consultation.Core.Assessment;

/// <summary>
/// What the consultation asked, as far as judging an answer needs it: the figures and instruments
/// it already mentions (repeating them is not substance), its topic words, and whether it is simple.
/// </summary>
internal sealed class IssueContext
{
    private const int DisplayLength = 140;

    public static readonly IssueContext Unknown = new(false, "", false, false, [], [], "", [], [], "");

    private IssueContext(bool known, string display, bool simple, bool information, HashSet<string> numbers, HashSet<string> dates,
        string compact, HashSet<string> words, HashSet<string> bigrams, string asker)
    {
        Asker = asker;
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

    /// <summary>The agency that asks, as compact letters ("taichinh" for Sở Tài chính); empty when the issue does not open with it.</summary>
    public string Asker { get; }

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
        // Moving a meeting or lending a hall is simple whatever the meeting is about, unless money is asked for too.
        var simple = !information && ((categories.Contains(Category.SimpleIssue) && !categories.Contains(Category.ComplexIssue) && !categories.Contains(Category.MoneyIssue))
            || (categories.Contains(Category.Logistics) && !categories.Contains(Category.MoneyIssue)));
        var details = SpecificScanner.Scan(stripped);
        // Figures as the answer's scanner reads them (3,5 ha is 35), plus every bare digit group, so a day
        // taken out of a date in the issue is not mistaken for a new figure in the answer.
        var numbers = details.Where(s => s.Kind is SpecificKind.Number or SpecificKind.Year).Select(s => s.Key)
            .Concat(words.Where(w => char.IsAsciiDigit(w[0])).Select(w => SpecificScanner.Digits(w)))
            .ToHashSet();
        var (expanded, topic) = lexicon.Expand(words, words.Select((_, i) => char.IsUpper(stripped[starts[i]])).ToArray());
        var display = Excerpt.Of(text, DisplayLength);
        var dates = details.Where(s => s.Kind == SpecificKind.Date).Select(s => s.Key).ToHashSet();
        return new IssueContext(true, $"“{display}”", simple, information, numbers, dates, SpecificScanner.Compact(stripped), expanded.ToHashSet(),
            PairsOf(expanded, topic), AskerOf(words));
    }

    /// <summary>"Sở Xây dựng lấy ý kiến …", "UBND phường Tân Lập đề nghị …": the words before the first verb of asking.</summary>
    private static string AskerOf(string[] words)
    {
        const int MaxNameWords = 14;
        for (var i = 1; i < Math.Min(words.Length - 1, MaxNameWords); i++)
        {
            if ((words[i], words[i + 1]) is ("lay", "y") or ("xin", "y") or ("de", "nghi") or ("gui", "van") or ("co", "cong") or ("trinh", _))
            {
                return string.Concat(words[..i].Where(w => w != "so"));
            }
        }
        return "";
    }

    /// <summary>
    /// "… kèm theo Công văn số 3081/STC-QLNS ngày 28/11/2025 của Sở Tài chính": a document the answer says is the
    /// asker's own is the request being answered, not a fact the agency brings.
    /// </summary>
    public bool IsAskersDocument(string clause, Specific citation)
    {
        const int Reach = 80;
        if (Asker.Length == 0 || !IsCorrespondence(clause, citation))
        {
            return false;
        }
        var after = clause.Substring(citation.Offset, Math.Min(clause.Length - citation.Offset, citation.Length + Reach));
        var from = Math.Max(0, citation.Offset - Reach);
        var before = clause[from..citation.Offset];
        // "… của Sở Tài chính" after the number, or "do Sở Xây dựng kiến nghị tại Tờ trình số …" before it.
        return SpecificScanner.Compact(TextFolding.Strip(after)).Contains("cua" + Asker, StringComparison.Ordinal)
            || SpecificScanner.Compact(TextFolding.Strip(before)).Contains(Asker, StringComparison.Ordinal);
    }

    /// <summary>A dispatch or submission (Công văn, Tờ trình, văn bản số …), the way requests are sent, unlike a decree or a law.</summary>
    private static bool IsCorrespondence(string clause, Specific citation)
    {
        const int Look = 16;
        var before = TextFolding.Strip(clause[Math.Max(0, citation.Offset - Look)..citation.Offset]).ToLowerInvariant();
        var own = TextFolding.Strip(clause.Substring(citation.Offset, citation.Length)).ToLowerInvariant();
        return citation.Key.Contains("ttr", StringComparison.Ordinal)
            || own.StartsWith("cong van", StringComparison.Ordinal) || own.StartsWith("to trinh", StringComparison.Ordinal) || own.StartsWith("van ban", StringComparison.Ordinal)
            || before.Contains("cong van", StringComparison.Ordinal) || before.Contains("to trinh", StringComparison.Ordinal) || before.Contains("van ban", StringComparison.Ordinal);
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

using System.Text.Json;

namespace Consultation.Core.Assessment;

/// <summary>
/// The assessor's vocabulary and weights, kept as data so officials can tune phrases without a
/// release: the embedded <c>Assessment/lexicon.json</c>, or a file named by <c>Assessment:LexiconPath</c>.
/// </summary>
public sealed class AssessmentLexicon
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    private static readonly Lazy<AssessmentLexicon> Defaults = new(LoadDefault);

    private AssessmentLexicon(LexiconFile file, PhraseTrie answer, PhraseTrie issue)
    {
        AnswerPhrases = answer;
        IssuePhrases = issue;
        EvasionScale = file.EvasionScaleWithPosition;
        Negators = file.Negators!.SelectMany(Tokenizer.Words).ToHashSet(StringComparer.Ordinal);
        Filler = file.Filler!.SelectMany(Tokenizer.Words).ToHashSet(StringComparer.Ordinal);
        Positions = file.Positions!;
        IssueUnknown = file.IssueUnknown!;
        Reasons = file.Reasons!;
        Elements = file.Elements!;
        Abbreviations = file.Abbreviations!.ToDictionary(a => Tokenizer.Words(a.Key)[0], a => Tokenizer.Words(a.Value), StringComparer.Ordinal);
    }

    /// <summary>The lexicon shipped with the service.</summary>
    public static AssessmentLexicon Default => Defaults.Value;

    internal PhraseTrie AnswerPhrases { get; }
    internal PhraseTrie IssuePhrases { get; }

    /// <summary>How much evasive phrases weigh once the text states a position: they are then closing formulas, not the answer.</summary>
    internal double EvasionScale { get; }

    internal HashSet<string> Negators { get; }
    internal HashSet<string> Filler { get; }
    internal Dictionary<string, LocalizedText> Positions { get; }
    internal LocalizedText IssueUnknown { get; }
    internal Dictionary<string, ReasonTemplate> Reasons { get; }

    /// <summary>Names of what made an answer clear (a figure, a provision, an edit), keyed by detail kind or lexicon category.</summary>
    internal Dictionary<string, LocalizedText> Elements { get; }

    /// <summary>Abbreviations officials write (“GPMB”, “NSNN”, “Sở TC”), as folded words mapped to the folded words they stand for.</summary>
    internal Dictionary<string, string[]> Abbreviations { get; }

    /// <summary>Reads a lexicon; throws <see cref="InvalidDataException"/> naming every problem when it is malformed.</summary>
    public static AssessmentLexicon Parse(Stream json)
    {
        LexiconFile? file;
        try
        {
            file = JsonSerializer.Deserialize<LexiconFile>(json, Options);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"The assessment lexicon is not valid JSON: {e.Message}", e);
        }
        var problems = new List<string>();
        if (file is null)
        {
            throw new InvalidDataException("The assessment lexicon is empty.");
        }
        var answer = Build(file.Categories, Category.Answer, "categories", problems);
        var issue = Build(file.IssueCategories, Category.Issue, "issueCategories", problems);
        problems.AddRange(LexiconChecks.Problems(file));
        return problems.Count == 0
            ? new AssessmentLexicon(file, answer, issue)
            : throw new InvalidDataException("Invalid assessment lexicon: " + string.Join("; ", problems));
    }

    /// <summary>Reads a lexicon from a file.</summary>
    public static AssessmentLexicon Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Parse(stream);
    }

    /// <summary>Words with each known abbreviation replaced by the words it stands for, which are topic words whatever their case.</summary>
    internal (string[] Words, bool[] Topic) Expand(string[] words, bool[] capitalised)
    {
        var expanded = new List<string>(words.Length);
        var topic = new List<bool>(words.Length);
        for (var i = 0; i < words.Length; i++)
        {
            if (Abbreviations.TryGetValue(words[i], out var meaning))
            {
                foreach (var word in meaning)
                {
                    expanded.Add(word);
                    topic.Add(IsTopicWord(word, false));
                }
            }
            else
            {
                expanded.Add(words[i]);
                topic.Add(IsTopicWord(words[i], capitalised[i]));
            }
        }
        return (expanded.ToArray(), topic.ToArray());
    }

    internal bool IsTopicWord(string word, bool capitalised) =>
        !capitalised && word.Length > 1 && !char.IsAsciiDigit(word[0]) && !Filler.Contains(word);

    private static PhraseTrie Build(Dictionary<string, string[]>? categories, IReadOnlyList<string> known, string section, List<string> problems)
    {
        var trie = new PhraseTrie();
        if (categories is null)
        {
            problems.Add($"\"{section}\" is missing");
            return trie;
        }
        problems.AddRange(categories.Keys.Except(known).Select(c => $"unknown category \"{c}\" in \"{section}\""));
        foreach (var (category, phrases) in categories.Where(c => known.Contains(c.Key)))
        {
            foreach (var phrase in phrases)
            {
                var words = Tokenizer.Words(phrase);
                var owner = words.Length == 0 ? null : trie.Add(words, category);
                if (words.Length == 0)
                {
                    problems.Add($"an empty phrase in \"{category}\"");
                }
                else if (owner is not null)
                {
                    problems.Add($"\"{phrase}\" is in both \"{owner}\" and \"{category}\" once diacritics are ignored");
                }
            }
        }
        return trie;
    }

    private static AssessmentLexicon LoadDefault()
    {
        var assembly = typeof(AssessmentLexicon).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("Assessment.lexicon.json", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        return Parse(stream);
    }
}

using System.Text.RegularExpressions;
using Consultation.Core.Text;

namespace Consultation.Core.Assessment;

/// <summary>Splits an answer into clauses and reads each against the lexicon.</summary>
internal static partial class ClauseReader
{
    private const int NegationReach = 5;

    public static List<Clause> Read(string? text, AssessmentLexicon lexicon, int firstIndex, bool basisField = false)
    {
        var clauses = new List<Clause>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return clauses;
        }
        var normalized = VietnameseText.Normalize(TextFolding.WithoutInvisible(text));
        var start = 0;
        for (var i = 0; i <= normalized.Length; i++)
        {
            if (i < normalized.Length && !EndsClause(normalized, i))
            {
                continue;
            }
            var part = normalized[start..i].Trim();
            start = i + 1;
            // "1." or "a)" split off by the full stop after it numbers the next item; it is no clause of its own.
            if (part.Any(char.IsLetterOrDigit) && !ListMarker().IsMatch(part))
            {
                clauses.Add(ReadClause(firstIndex + clauses.Count, part, lexicon, basisField));
            }
        }
        return clauses;
    }

    // A full stop ends a clause only before a space, so 3.000 and 12.5 stay whole.
    private static bool EndsClause(string text, int i) => text[i] switch
    {
        '\n' or ';' or '!' or '?' => true,
        '.' => i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]),
        _ => false,
    };

    private static Clause ReadClause(int index, string text, AssessmentLexicon lexicon, bool basisField)
    {
        var stripped = TextFolding.Strip(text);
        var (words, starts) = Tokenizer.Split(stripped);
        var segments = new int[words.Length];
        var capitalised = new bool[words.Length];
        for (var w = 0; w < words.Length; w++)
        {
            capitalised[w] = char.IsUpper(stripped[starts[w]]);
            var gap = w == 0 ? ReadOnlySpan<char>.Empty : stripped.AsSpan(starts[w - 1], starts[w] - starts[w - 1]);
            segments[w] = w == 0 ? 0 : segments[w - 1] + (StartsSegment(gap) ? 1 : 0);
        }
        var matches = Introductions(Negate(Unquoted(lexicon.AnswerPhrases.Match(words), stripped, starts), words, lexicon), stripped, starts, words);
        // The number of a list item ("(1)", "2.", "a)") is not a figure.
        var marker = ListPrefix().Match(stripped).Length;
        var specifics = SpecificScanner.Scan(stripped)
            .Where(s => s.Offset >= marker)
            .Select(s => (s, SegmentAt(s.Offset, starts, segments)))
            .ToList();
        return new Clause
        {
            Index = index,
            Text = text,
            FromBasisField = basisField,
            Words = words,
            Starts = starts,
            Capitalised = capitalised,
            WordSegment = segments,
            Matches = matches,
            Specifics = specifics,
            FormSegments = matches.Where(m => m.Category == Category.FormOnly).Select(m => segments[m.Start]).ToHashSet(),
            // "Đã nhận được Công văn số 215/…" is about the request as much as "phúc đáp Công văn số 215/…".
            ReferenceSegments = matches.Where(m => m.Category is Category.Reference or Category.Acknowledgement).Select(m => segments[m.Start]).ToHashSet(),
        };
    }

    /// <summary>
    /// "… với các ý kiến sau:" announces the list that follows; a phrase that would otherwise put the answer
    /// off is content when a colon comes right after it.
    /// </summary>
    private static List<PhraseMatch> Introductions(List<PhraseMatch> matches, string stripped, int[] starts, string[] words)
    {
        for (var m = 0; m < matches.Count; m++)
        {
            if (matches[m].Category != Category.Deferral)
            {
                continue;
            }
            var last = matches[m].End - 1;
            var after = starts[last] + words[last].Length;
            while (after < stripped.Length && (stripped[after] == ' ' || stripped[after] == '\0'))
            {
                after++;
            }
            if (after < stripped.Length && stripped[after] == ':')
            {
                matches[m] = matches[m] with { Category = Category.Neutral };
            }
        }
        return matches;
    }

    /// <summary>
    /// Words in quotation marks are the draft's, not the agency's: "thay cho cụm từ “kịp thời”" does not make the
    /// comment generic, and a quoted "theo quy định" is no boilerplate of the answer's own.
    /// </summary>
    private static List<PhraseMatch> Unquoted(List<PhraseMatch> matches, string stripped, int[] starts)
    {
        if (stripped.IndexOfAny(['“', '"']) < 0)
        {
            return matches;
        }
        var quoted = new bool[stripped.Length];
        var open = -1;
        for (var i = 0; i < stripped.Length; i++)
        {
            var c = stripped[i];
            if (c == '“' || (c == '"' && open < 0))
            {
                open = i;
            }
            else if ((c == '”' || c == '"') && open >= 0)
            {
                Array.Fill(quoted, true, open, i - open);
                open = -1;
            }
        }
        return matches.FindAll(m => !quoted[starts[m.Start]]);
    }

    [GeneratedRegex(@"^\(?(?:\d{1,2}|[A-Za-z]|[IVXivx]{1,4})\)?$")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"^\s*(?:[-–—•+*]+\s*|\(?(?:\d{1,2}|[a-z]|[IVX]{1,4})(?:\)|\.(?=\s))\s*)?")]
    private static partial Regex ListPrefix();

    private static bool StartsSegment(ReadOnlySpan<char> gap)
    {
        var comma = gap.LastIndexOf(',');
        return comma >= 0 && comma + 1 < gap.Length && char.IsWhiteSpace(gap[comma + 1]);
    }

    private static int SegmentAt(int offset, int[] starts, int[] segments)
    {
        var word = Array.BinarySearch(starts, offset);
        word = word >= 0 ? word : Math.Min(~word, starts.Length - 1);
        return word < 0 ? 0 : segments[word];
    }

    /// <summary>"chưa được Sở chấp thuận": an agreement word shortly after a free-standing negator is a refusal.</summary>
    private static List<PhraseMatch> Negate(List<PhraseMatch> matches, string[] words, AssessmentLexicon lexicon)
    {
        for (var m = 0; m < matches.Count; m++)
        {
            if (matches[m].Category is not (Category.Agree or Category.AgreeReserved))
            {
                continue;
            }
            var floor = Math.Max(m == 0 ? 0 : matches[m - 1].End, matches[m].Start - NegationReach);
            for (var w = matches[m].Start - 1; w >= floor; w--)
            {
                if (lexicon.Negators.Contains(words[w]))
                {
                    matches[m] = matches[m] with { Category = Category.Disagree };
                    break;
                }
            }
        }
        return matches;
    }
}

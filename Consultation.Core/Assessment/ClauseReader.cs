using Consultation.Core.Text;

namespace Consultation.Core.Assessment;

/// <summary>Splits an answer into clauses and reads each against the lexicon.</summary>
internal static class ClauseReader
{
    private const int NegationReach = 5;

    public static List<Clause> Read(string? text, AssessmentLexicon lexicon, int firstIndex)
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
            if (part.Any(char.IsLetterOrDigit))
            {
                clauses.Add(ReadClause(firstIndex + clauses.Count, part, lexicon));
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

    private static Clause ReadClause(int index, string text, AssessmentLexicon lexicon)
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
        var matches = Negate(lexicon.AnswerPhrases.Match(words), words, lexicon);
        var specifics = SpecificScanner.Scan(stripped)
            .Select(s => (s, SegmentAt(s.Offset, starts, segments)))
            .ToList();
        return new Clause
        {
            Index = index,
            Text = text,
            Words = words,
            Capitalised = capitalised,
            WordSegment = segments,
            Matches = matches,
            Specifics = specifics,
            FormSegments = matches.Where(m => m.Category == Category.FormOnly).Select(m => segments[m.Start]).ToHashSet(),
            ReferenceSegments = matches.Where(m => m.Category == Category.Reference).Select(m => segments[m.Start]).ToHashSet(),
        };
    }

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

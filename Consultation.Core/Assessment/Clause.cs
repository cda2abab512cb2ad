namespace Consultation.Core.Assessment;

/// <summary>
/// One sentence or list item of an answer, read once: its words, the lexicon phrases in them and the
/// verifiable details. Segments are its comma-separated parts, so one form-only remark does not hide
/// a substantive one in the same sentence.
/// </summary>
internal sealed class Clause
{
    public required int Index { get; init; }
    public required string Text { get; init; }
    public required string[] Words { get; init; }

    /// <summary>Where each word starts in <see cref="Text"/>.</summary>
    public required int[] Starts { get; init; }

    /// <summary>Read from the legal-basis field: a basis for a referral, never the content's own comment or reason.</summary>
    public bool FromBasisField { get; init; }

    /// <summary>Whether the word was written with a capital: names of agencies and places say nothing about the topic.</summary>
    public required bool[] Capitalised { get; init; }

    public required int[] WordSegment { get; init; }
    public required List<PhraseMatch> Matches { get; init; }
    public required List<(Specific Detail, int Segment)> Specifics { get; init; }
    public required HashSet<int> FormSegments { get; init; }
    public required HashSet<int> ReferenceSegments { get; init; }

    public bool Has(string category) => Matches.Exists(m => m.Category == category);

    public bool HasAny(params ReadOnlySpan<string> categories)
    {
        foreach (var category in categories)
        {
            if (Has(category))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A detail in a segment that only remarks on form or only cites the request being answered proves nothing.</summary>
    public bool Counts(int segment) => !FormSegments.Contains(segment) && !ReferenceSegments.Contains(segment);
}

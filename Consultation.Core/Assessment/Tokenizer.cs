namespace Consultation.Core.Assessment;

/// <summary>Words of diacritics-free text: runs of letters and digits, lower-cased.</summary>
internal static class Tokenizer
{
    /// <summary>Tokens of <paramref name="stripped"/> (output of <see cref="TextFolding.Strip"/>) with their start offsets.</summary>
    public static (string[] Words, int[] Starts) Split(string stripped)
    {
        var words = new List<string>(stripped.Length / 4);
        var starts = new List<int>(stripped.Length / 4);
        Span<char> buffer = stackalloc char[64];
        var length = 0;
        var start = -1;
        for (var i = 0; i <= stripped.Length; i++)
        {
            var c = i < stripped.Length ? stripped[i] : ' ';
            if (c == '\0')
            {
                // A combining mark NFC could not compose belongs to the word around it.
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                if (start < 0)
                {
                    start = i;
                    length = 0;
                }
                if (length < buffer.Length)
                {
                    buffer[length++] = char.ToLowerInvariant(c);
                }
                continue;
            }
            if (start >= 0)
            {
                words.Add(new string(buffer[..length]));
                starts.Add(start);
                start = -1;
            }
        }
        return (words.ToArray(), starts.ToArray());
    }

    /// <summary>A phrase from the lexicon as the same words the text is split into.</summary>
    public static string[] Words(string phrase) =>
        Split(TextFolding.Strip(Text.VietnameseText.Normalize(phrase))).Words;
}

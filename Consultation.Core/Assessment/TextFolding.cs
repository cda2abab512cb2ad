using System.Buffers;
using System.Globalization;
using System.Text;

namespace Consultation.Core.Assessment;

/// <summary>
/// Removes diacritics one character at a time, keeping case and length, so offsets found in the
/// folded text point at the same characters of the original (a sentence can then be quoted back).
/// </summary>
internal static class TextFolding
{
    private static readonly char[] BaseOf = Build();

    public static char Base(char c) => BaseOf[c];

    /// <summary>Same length as <paramref name="text"/>; combining marks left over after NFC become U+0000.</summary>
    public static string Strip(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = BaseOf[source[i]];
        }
    });

    /// <summary>Drops characters no one can see (zero-width spaces and joiners, BOM, soft hyphen) that break word matching.</summary>
    public static string WithoutInvisible(string text)
    {
        if (!text.AsSpan().ContainsAny(Invisible))
        {
            return text;
        }
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!Invisible.Contains(c))
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    private static readonly SearchValues<char> Invisible = SearchValues.Create("\u200B\u200C\u200D\u2060\uFEFF\u00AD");

    private static char[] Build()
    {
        var map = new char[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            map[i] = (char)i;
        }
        // Vietnamese letters live in Latin-1, Latin Extended-A/B and Latin Extended Additional.
        foreach (var (from, to) in new[] { (0x00C0, 0x024F), (0x1E00, 0x1EFF) })
        {
            for (var i = from; i <= to; i++)
            {
                var decomposed = ((char)i).ToString().Normalize(NormalizationForm.FormD);
                if (decomposed.Length > 1 && char.IsLetter(decomposed[0])
                    && decomposed.AsSpan(1).ToArray().All(m => CharUnicodeInfo.GetUnicodeCategory(m) == UnicodeCategory.NonSpacingMark))
                {
                    map[i] = decomposed[0];
                }
            }
        }
        for (var i = 0x0300; i <= 0x036F; i++)
        {
            map[i] = '\0';
        }
        map['đ'] = 'd';
        map['Đ'] = 'D';
        return map;
    }
}

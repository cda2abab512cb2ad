using System.Globalization;
using System.Text;

namespace Consultation.Core.Text;

/// <summary>
/// Text as people type it: documents converted from old encodings arrive in NFD, and clerks
/// often type without diacritics. Comparisons go through <see cref="Fold"/>.
/// </summary>
public static class VietnameseText
{
    /// <summary>NFC, trimmed, runs of spaces and tabs collapsed; line breaks are kept.</summary>
    public static string Normalize(string text)
    {
        var nfc = text.Normalize(NormalizationForm.FormC).Replace("\r\n", "\n", StringComparison.Ordinal);
        var builder = new StringBuilder(nfc.Length);
        var lastWasSpace = false;
        foreach (var c in nfc)
        {
            var isSpace = c is ' ' or '\t' or '\u00A0';
            if (isSpace && lastWasSpace)
            {
                continue;
            }
            builder.Append(isSpace ? ' ' : c);
            lastWasSpace = isSpace;
        }
        return builder.ToString().Trim();
    }

    /// <summary>Lower case without diacritics (đ becomes d) and single-spaced, for comparing meaning rather than spelling.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var lastWasSpace = true;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            var folded = c switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(c),
            };
            var isSpace = char.IsWhiteSpace(folded) || char.IsPunctuation(folded);
            if (isSpace && lastWasSpace)
            {
                continue;
            }
            builder.Append(isSpace ? ' ' : folded);
            lastWasSpace = isSpace;
        }
        return builder.ToString().TrimEnd();
    }

    public static int WordCount(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>
    /// Whether the text holds what a field that identifies something (a document number, a title, a
    /// name) must not: format characters (bidi overrides and isolates, zero-width characters, soft
    /// hyphens, tags), which make one text look like another, or line breaks.
    /// </summary>
    /// <remarks>ZWJ and ZWNJ are refused too: Vietnamese needs neither, and they are as invisible as the rest.</remarks>
    public static bool HasInvisibleCharacters(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                || rune.Value is '\n' or '\r')
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the text holds characters no person types: controls other than line breaks and tabs.</summary>
    public static bool HasControlCharacters(string text) =>
        text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'));
}

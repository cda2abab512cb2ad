using System.Text;
using System.Text.RegularExpressions;

namespace Consultation.Core.Assessment;

/// <summary>Finds verifiable details in diacritics-free text; earlier patterns win where they overlap later ones.</summary>
internal static partial class SpecificScanner
{
    public static List<Specific> Scan(string stripped)
    {
        var found = new List<Specific>();
        Collect(found, stripped, DocumentNumber(), SpecificKind.Citation);
        Collect(found, stripped, Instrument(), SpecificKind.Citation);
        Collect(found, stripped, LawTitle(), SpecificKind.Citation);
        Collect(found, stripped, LawWithYear(), SpecificKind.Citation);
        Collect(found, stripped, Standard(), SpecificKind.Citation);
        Collect(found, stripped, Locator(), SpecificKind.Locator);
        Collect(found, stripped, Person(), SpecificKind.Person);
        Collect(found, stripped, Date(), SpecificKind.Date);
        Collect(found, stripped, Number(), SpecificKind.Number);
        return found;
    }

    /// <summary>Lower-case letters and digits only, skipping the word "so" (số, Sở) that writers add or leave out.</summary>
    public static string Compact(string stripped)
    {
        var builder = new StringBuilder(stripped.Length);
        var (words, _) = Tokenizer.Split(stripped);
        foreach (var word in words)
        {
            if (word != "so")
            {
                builder.Append(word);
            }
        }
        return builder.ToString();
    }

    /// <summary>A number as digits without separators or leading zeros, so "06" and "6", "3.000" and "3000" compare equal.</summary>
    public static string Digits(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c) && !(builder.Length == 0 && c == '0'))
            {
                builder.Append(c);
            }
        }
        return builder.Length == 0 ? "0" : builder.ToString();
    }

    private static void Collect(List<Specific> found, string text, Regex pattern, SpecificKind kind)
    {
        foreach (var match in pattern.EnumerateMatches(text))
        {
            var (index, length) = (match.Index, match.Length);
            if (found.Exists(s => index < s.Offset + s.Length && s.Offset < index + length))
            {
                continue;
            }
            var value = text.AsSpan(match.Index, match.Length);
            var actual = kind == SpecificKind.Number && IsYear(value) ? SpecificKind.Year : kind;
            var key = actual switch
            {
                SpecificKind.Number or SpecificKind.Year => Digits(value),
                SpecificKind.Date => DateKey(value),
                _ => Compact(value.ToString()),
            };
            found.Add(new Specific(actual, match.Index, match.Length, key));
        }
    }

    /// <summary>Day and month without leading zeros: 01/10/2024 and 1/10 are the same day for comparison.</summary>
    private static string DateKey(ReadOnlySpan<char> value)
    {
        var parts = value.ToString().Split('/');
        return Digits(parts[0]) + "/" + Digits(parts[1]);
    }

    private static bool IsYear(ReadOnlySpan<char> value) =>
        value.Length == 4 && (value.StartsWith("19") || value.StartsWith("20"));

    // 79/2019/NĐ-CP, 978/QĐ-UBND, 45/2019/QH14: a year part or a signer part tells it from a ratio.
    [GeneratedRegex(@"\b\d{1,6}/(?:(?:19|20)\d{2}/[A-Za-z]{1,10}\d{0,3}(?:-[A-Za-z0-9]{1,12})*|[A-Za-z]{1,10}(?:-[A-Za-z0-9]{1,12})+)\b")]
    private static partial Regex DocumentNumber();

    [GeneratedRegex(@"\b(?:nghi dinh|thong tu(?: lien tich)?|quyet dinh|nghi quyet|chi thi|cong van|van ban|ke hoach|thong bao|quy chuan|tieu chuan|phap lenh|bo luat|luat|to trinh)\s+(?:so\s+)?\d{1,6}\b", RegexOptions.IgnoreCase)]
    private static partial Regex Instrument();

    // Luật Đất đai, Bộ luật Lao động: a capital after "luật" names a law; "pháp luật về …" names none.
    [GeneratedRegex(@"(?<!\b[Pp]hap\s)\b(?:Luat|luat|LUAT)\s+[A-Z][A-Za-z]*(?:\s+[a-z]+){0,2}")]
    private static partial Regex LawTitle();

    [GeneratedRegex(@"(?<!\bphap\s)\bluat\s+(?:[a-z]+[\s,]+){1,6}(?:nam\s+)?(?:19|20)\d{2}\b", RegexOptions.IgnoreCase)]
    private static partial Regex LawWithYear();

    [GeneratedRegex(@"\b(?:QCVN|TCVN)\s*\d+(?:[:.\-/]\d+)*(?:/[A-Za-z]+)?", RegexOptions.IgnoreCase)]
    private static partial Regex Standard();

    [GeneratedRegex(@"\b(?:dieu|khoan|diem|muc|chuong|phu luc|tiet)\s+(?:\d+[a-z]?\b|[a-z]\b(?!/)|[IVXL]+\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Locator();

    // Ông Trần Quốc Hưng, bà H'Yam Niê: a title then capitalised words, apostrophes included (Ê Đê and M'nông names).
    [GeneratedRegex(@"\b(?i:ong|ba|dong chi)\s+[A-Z][A-Za-z'’\-]*(?:\s+[A-Z][A-Za-z'’\-]*){1,3}")]
    private static partial Regex Person();

    [GeneratedRegex(@"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b")]
    private static partial Regex Date();

    [GeneratedRegex(@"\b\d+(?:[.,]\d+)*\b")]
    private static partial Regex Number();
}

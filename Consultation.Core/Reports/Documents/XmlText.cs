using System.Text;

namespace Consultation.Core.Reports.Documents;

/// <summary>
/// Text as it may stand in an Office file. The SDK escapes markup, so a title such as
/// "&lt;w:t&gt;" or "=SUM(A1)" stays literal text; what it cannot write are characters XML 1.0
/// forbids, which would make the whole file unreadable, so they are dropped.
/// </summary>
internal static class XmlText
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        if (text.All(IsAllowed) && !HasLoneSurrogate(text))
        {
            return text;
        }
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
            }
            else if (!char.IsSurrogate(c) && IsAllowed(c))
            {
                clean.Append(c);
            }
        }
        return clean.ToString();
    }

    private static bool IsAllowed(char c) => c is '\t' or '\n' or '\r' || (c >= ' ' && c != '\uFFFE' && c != '\uFFFF');

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }
        return false;
    }
}

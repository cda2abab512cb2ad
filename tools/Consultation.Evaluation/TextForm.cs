namespace Consultation.Evaluation;

/// <summary>How an answer's text was typed: the assessor must judge all three alike.</summary>
public static class TextForm
{
    public const string Nfc = "nfc";
    public const string Nfd = "nfd";
    public const string NoDiacritics = "no_diacritics";

    public static readonly IReadOnlyList<string> All = [Nfc, Nfd, NoDiacritics];

    /// <summary>NFD when a combining mark is present, no diacritics when every letter is plain ASCII, NFC otherwise.</summary>
    public static string Of(string content)
    {
        if (content.Any(c => c is >= '\u0300' and <= '\u036F'))
        {
            return Nfd;
        }
        return content.Any(c => char.IsLetter(c) && c > '\u007F') ? Nfc : NoDiacritics;
    }
}

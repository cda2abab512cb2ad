namespace Consultation.Core.Assessment;

/// <summary>Shortens text quoted in a reason at a word boundary when there is one, so a message stays readable.</summary>
internal static class Excerpt
{
    public static string Of(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }
        var cut = text.LastIndexOf(' ', length);
        return text[..(cut > 0 ? cut : length)] + "…";
    }
}

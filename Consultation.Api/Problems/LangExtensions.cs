using Microsoft.AspNetCore.Http.Headers;

namespace Consultation.Api.Problems;

public static class LangExtensions
{
    /// <summary>An <c>HttpContext.Items</c> key: a page that chose the language (the portal's switch) sets it here.</summary>
    public const string OverrideKey = "consultation:lang";

    public static Lang Lang(this HttpContext context)
    {
        if (context.Items.TryGetValue(OverrideKey, out var chosen) && chosen is Problems.Lang language)
        {
            return language;
        }
        RequestHeaders headers = context.Request.GetTypedHeaders();
        var preferred = headers.AcceptLanguage
            .Where(l => l.Quality is null or > 0)
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value)
            .FirstOrDefault(v => v is not null && v != "*");
        return preferred is not null && preferred.StartsWith("en", StringComparison.OrdinalIgnoreCase)
            ? Problems.Lang.En
            : Problems.Lang.Vi;
    }
}

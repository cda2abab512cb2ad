using Microsoft.AspNetCore.Http.Headers;

namespace Consultation.Api.Problems;

public static class LangExtensions
{
    public static Lang Lang(this HttpContext context)
    {
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

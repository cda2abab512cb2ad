using Microsoft.Net.Http.Headers;

namespace Consultation.Api.Problems;

/// <summary>
/// JSON is UTF-8 (RFC 8259, section 8.1). The JSON reader throws on a charset it cannot name and on a
/// quoted one (dotnet/aspnetcore#61514), which would surface as a 500; so UTF-8, however it is spelt,
/// is passed on plainly, and any other charset is refused with 415 before anything reads the body.
/// </summary>
public sealed class RequestCharset(RequestDelegate next)
{
    private const string Utf8 = "utf-8";

    public async Task InvokeAsync(HttpContext context)
    {
        // A Content-Type that does not parse is left to the endpoint, which refuses it as not JSON.
        if (!MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var mediaType))
        {
            await next(context);
            return;
        }
        var charsets = mediaType.Parameters.Where(p => p.Name.Equals("charset", StringComparison.OrdinalIgnoreCase)).ToList();
        if (charsets.Count == 0)
        {
            await next(context);
            return;
        }
        if (!charsets.TrueForAll(p => HeaderUtilities.RemoveQuotes(p.Value).Equals(Utf8, StringComparison.OrdinalIgnoreCase)))
        {
            await ProblemWriter.WriteAsync(context, StatusCodes.Status415UnsupportedMediaType, "unsupported_charset");
            return;
        }
        foreach (var charset in charsets)
        {
            mediaType.Parameters.Remove(charset);
        }
        mediaType.Charset = Utf8;
        context.Request.ContentType = mediaType.ToString();
        await next(context);
    }
}

using System.Text;

namespace Consultation.Api.Tests.BadInput;

/// <summary>Request bodies exactly as a careless or hostile client sends them: the bytes and Content-Type unchecked by HttpClient.</summary>
public static class RawBody
{
    public static ByteArrayContent Of(string text, string? contentType = "application/json") =>
        Of(Encoding.UTF8.GetBytes(text), contentType);

    public static ByteArrayContent Of(byte[] bytes, string? contentType)
    {
        var content = new ByteArrayContent(bytes);
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }
        return content;
    }
}

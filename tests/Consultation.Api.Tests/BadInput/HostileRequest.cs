using System.Text;

namespace Consultation.Api.Tests.BadInput;

/// <summary>One request of the sweep, described well enough to be sent again by hand from a failure message.</summary>
public sealed record HostileRequest(
    string Operation,
    string Variant,
    string Method,
    string Url,
    byte[]? Body = null,
    string? ContentType = null,
    bool Chunked = false,
    IReadOnlyList<KeyValuePair<string, string>>? Headers = null)
{
    /// <summary>The role sending it; set when the request is addressed to a caller.</summary>
    public string Role { get; init; } = "";

    public override string ToString()
    {
        var body = Body is null ? "" : Encoding.UTF8.GetString(Body, 0, Math.Min(Body.Length, 160)).ReplaceLineEndings("⏎");
        var headers = string.Join("; ", (Headers ?? []).Select(h => $"{h.Key}: {Shorten(h.Value)}"));
        return $"[{Role}] {Method} {Shorten(Url)} ({Variant}) Content-Type: {ContentType ?? "none"}{(Chunked ? ", chunked" : "")} {headers} body({Body?.Length ?? 0}): {body}";
    }

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..120] + "…";
}

using System.Text;
using System.Text.Json.Nodes;

namespace Consultation.Api.Tests.BadInput;

/// <summary>
/// Bodies for an operation, made from its schema. The base body is wrong in ways no single change
/// undoes (an unknown value where an enumeration is expected, "x" where a time or a substantive text
/// is), so every variant is a request the service must refuse.
/// </summary>
public static class HostileBodies
{
    private const string Json = "application/json";
    private const string Placeholder = "@@hostile@@";

    public static JsonObject Base(JsonObject schema) => (JsonObject)Value(schema);

    public static IEnumerable<HostileRequest> For(string operation, string method, string url, JsonObject schema, int limitBytes)
    {
        var body = Base(schema);
        foreach (var field in Fields(body))
        {
            yield return Send(operation, $"{field.Label} missing", method, url, Bytes(Without(body, field)));
            foreach (var token in HostileValues.JsonTokens)
            {
                yield return Send(operation, $"{field.Label} = {HostileValues.Shorten(token)}", method, url, Bytes(With(body, field, token)));
            }
            if (field.IsString)
            {
                // Invalid UTF-8 inside a string: bytes no JSON text may hold.
                var text = Bytes(With(body, field, $"\"{Placeholder}\""));
                yield return Send(operation, $"{field.Label} = invalid UTF-8", method, url, Replace(text, Placeholder, [0xC3, 0x28, 0xFF, 0xFE]));
            }
        }
        var plain = Bytes(body.ToJsonString());
        foreach (var raw in HostileValues.Bodies)
        {
            yield return Send(operation, $"body {HostileValues.Shorten(raw)}", method, url, Bytes(raw));
        }
        var extra = (JsonObject)body.DeepClone();
        extra["unknownField"] = "x";
        yield return Send(operation, "unknown field", method, url, Bytes(extra.ToJsonString()));
        yield return Send(operation, "byte order mark", method, url, [0xEF, 0xBB, 0xBF, .. plain]);
        yield return Send(operation, "UTF-16 without a charset", method, url, Encoding.Unicode.GetBytes(body.ToJsonString()));
        yield return Send(operation, "duplicated keys", method, url, Bytes("{" + string.Join(',', body.Select(p => $"\"{p.Key}\":1")) + "," + body.ToJsonString()[1..]));
        var oversized = Bytes($"{{\"x\":\"{new string('x', limitBytes)}\"}}");
        yield return Send(operation, "over the size limit", method, url, oversized);
        yield return Send(operation, "over the size limit, chunked", method, url, oversized) with { Chunked = true };
        foreach (var contentType in HostileValues.ContentTypes)
        {
            yield return Send(operation, $"Content-Type {contentType ?? "none"}", method, url, plain) with { ContentType = contentType };
        }
    }

    private static HostileRequest Send(string operation, string variant, string method, string url, byte[] body) =>
        new(operation, variant, method, url, body, Json);

    /// <summary>Every property of the body, and of the first item of each array of objects in it.</summary>
    private static IEnumerable<BodyField> Fields(JsonObject body)
    {
        foreach (var (name, value) in body)
        {
            yield return new BodyField(name, null, name, value is JsonValue v && v.TryGetValue<string>(out _));
            if (value is JsonArray { Count: > 0 } array && array[0] is JsonObject item)
            {
                foreach (var (inner, innerValue) in item)
                {
                    yield return new BodyField(name, inner, $"{name}[0].{inner}", innerValue is JsonValue iv && iv.TryGetValue<string>(out _));
                }
            }
        }
    }

    private static string Without(JsonObject body, BodyField field)
    {
        var copy = (JsonObject)body.DeepClone();
        (field.Inner is null ? copy : copy[field.Name]![0]!.AsObject()).Remove(field.Inner ?? field.Name);
        return copy.ToJsonString();
    }

    private static string With(JsonObject body, BodyField field, string token)
    {
        var copy = (JsonObject)body.DeepClone();
        (field.Inner is null ? copy : copy[field.Name]![0]!.AsObject())[field.Inner ?? field.Name] = Placeholder;
        return copy.ToJsonString().Replace($"\"{Placeholder}\"", token, StringComparison.Ordinal);
    }

    /// <summary>A value of the schema's type: "x" for text, 0 for numbers, one item for a list.</summary>
    private static JsonNode Value(JsonNode schema)
    {
        if ((schema["anyOf"] ?? schema["oneOf"]) is JsonArray choices)
        {
            return Value(choices.First(c => c?["type"]?.ToString() != "null")!);
        }
        var types = schema["type"] switch
        {
            JsonArray many => many.Select(t => t!.GetValue<string>()).ToList(),
            JsonValue one => [one.GetValue<string>()],
            _ => [],
        };
        if (schema["properties"] is JsonObject properties)
        {
            return new JsonObject(properties.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)Value(p.Value!))));
        }
        if (types.Contains("array"))
        {
            return new JsonArray(Value(schema["items"]!));
        }
        if (types.Contains("integer") || types.Contains("number"))
        {
            return JsonValue.Create(0);
        }
        if (types.Contains("boolean"))
        {
            return JsonValue.Create(true);
        }
        return JsonValue.Create(schema["format"]?.GetValue<string>() == "uuid" ? Guid.NewGuid().ToString() : "x");
    }

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Replace(byte[] text, string placeholder, byte[] with)
    {
        var marker = Bytes(placeholder);
        var at = text.AsSpan().IndexOf(marker);
        return [.. text[..at], .. with, .. text[(at + marker.Length)..]];
    }
}

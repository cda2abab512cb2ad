using System.Text.Json.Nodes;

namespace Consultation.Api.Tests.BadInput;

/// <summary>Reads the operations out of the service's own OpenAPI document, so a new endpoint is swept without anyone listing it.</summary>
public static class OpenApiOperations
{
    public static List<ApiOperation> Read(JsonNode document)
    {
        var operations = new List<ApiOperation>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                var parameters = operation!["parameters"]?.AsArray()
                    .Select(p => new ApiParameter(p!["name"]!.GetValue<string>(), p["in"]!.GetValue<string>()))
                    .ToList() ?? [];
                var schema = operation["requestBody"]?["content"]?["application/json"]?["schema"];
                var body = schema is null ? null : Resolve(schema, document).AsObject();
                operations.Add(new ApiOperation(method.ToUpperInvariant(), path, parameters, body));
            }
        }
        return operations;
    }

    /// <summary>A copy of <paramref name="schema"/> with every $ref replaced by what it names.</summary>
    private static JsonNode Resolve(JsonNode schema, JsonNode document)
    {
        if (schema is JsonObject { } obj && obj["$ref"]?.GetValue<string>() is { } reference)
        {
            var target = reference.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries)
                .Aggregate((JsonNode?)document, (node, part) => node?[part]);
            return Resolve(target!, document);
        }
        return schema switch
        {
            JsonObject o => new JsonObject(o.Select(p => KeyValuePair.Create(p.Key, p.Value is null ? null : Resolve(p.Value, document)))),
            JsonArray a => new JsonArray(a.Select(v => v is null ? null : Resolve(v, document)).ToArray()),
            _ => schema.DeepClone(),
        };
    }
}

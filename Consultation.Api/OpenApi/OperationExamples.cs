using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Consultation.Api.OpenApi;

/// <summary>
/// Puts each operation's examples into the document: <c>OpenApi/Examples/{operationId}.json</c> holds the
/// request body, the success bodies by status, and the problem codes by status, which are written out
/// from the message catalogue as the service would write them.
/// </summary>
public sealed class OperationExamples : IOpenApiOperationTransformer
{
    public const string ResourcePrefix = "OpenApiExamples.";

    private static readonly Lazy<Dictionary<string, JsonObject>> Examples = new(Load);

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (operation.OperationId is not { } id || !Examples.Value.TryGetValue(id, out var examples))
        {
            return Task.CompletedTask;
        }
        if (examples["request"] is { } request && operation.RequestBody?.Content?.TryGetValue("application/json", out var body) == true)
        {
            body.Example = request.DeepClone();
        }
        foreach (var (status, example) in examples["responses"]?.AsObject() ?? [])
        {
            if (Media(operation, status, "application/json") is { } media)
            {
                media.Example = example?.DeepClone();
            }
        }
        foreach (var (status, problem) in examples["problems"]?.AsObject() ?? [])
        {
            if (Media(operation, status, CommonResponses.ProblemJson) is { } media && problem is not null)
            {
                // A problem is its code, or its code with field errors: { "code": "validation", "errors": { field: code } }.
                var code = problem is JsonValue ? problem.GetValue<string>() : problem["code"]!.GetValue<string>();
                var errors = (problem as JsonObject)?["errors"]?.AsObject().ToDictionary(e => e.Key, e => e.Value!.GetValue<string>());
                media.Example = ProblemExample.Of(int.Parse(status, System.Globalization.CultureInfo.InvariantCulture), code, errors);
            }
        }
        return Task.CompletedTask;
    }

    private static OpenApiMediaType? Media(OpenApiOperation operation, string status, string contentType) =>
        operation.Responses?.TryGetValue(status, out var response) == true && response.Content?.TryGetValue(contentType, out var media) == true
            ? media
            : null;

    private static Dictionary<string, JsonObject> Load()
    {
        var assembly = typeof(OperationExamples).Assembly;
        var examples = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            examples[name[ResourcePrefix.Length..^".json".Length]] = JsonNode.Parse(stream)!.AsObject();
        }
        return examples;
    }
}

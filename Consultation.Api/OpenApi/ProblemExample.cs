using System.Text.Json.Nodes;
using Consultation.Api.Problems;

namespace Consultation.Api.OpenApi;

/// <summary>A problem as the service writes it, built from the same catalogue, so an example never says what the service would not.</summary>
public static class ProblemExample
{
    // Messages with a placeholder need a value to read naturally.
    private static readonly Dictionary<string, object[]> Arguments = new()
    {
        ["payload_too_large"] = [256 * 1024],
        ["key_shown_once"] = ["1a2b3c4d5e"],
        ["agency_unknown"] = ["SXD"],
        ["agency_inactive"] = ["SXD"],
        ["working_days_range"] = [60],
        ["year_range"] = [1900, 2100],
        ["period_too_long"] = [366],
        ["unknown_value"] = ["agree, agree_with_comments, disagree, not_competent"],
        ["not_substantive"] = [5],
        ["too_long"] = [2000],
        ["webhook_limit"] = [10],
        ["webhook_secret_shown_once"] = ["0193a4b2-7c1d-7e3f-9a5b-2c4d6e8f0a1b"],
    };

    public static JsonObject Of(int status, string code, IReadOnlyDictionary<string, string>? fieldErrors = null)
    {
        var problem = new JsonObject
        {
            ["type"] = $"https://consultation.local/problems/{code.Replace('_', '-')}",
            ["title"] = Text(code),
            ["status"] = status,
        };
        if (fieldErrors is not null)
        {
            problem["errors"] = new JsonObject(fieldErrors.Select(e =>
                KeyValuePair.Create(e.Key, (JsonNode?)new JsonArray(Text(e.Value)))));
        }
        problem["code"] = code;
        problem["traceId"] = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        return problem;
    }

    private static string Text(string code) => Messages.Get(code, Lang.Vi, Arguments.GetValueOrDefault(code) ?? []);
}

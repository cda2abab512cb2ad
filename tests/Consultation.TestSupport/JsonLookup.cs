using System.Text.Json.Nodes;

namespace Consultation.TestSupport;

/// <summary>Reading one element out of an API response, with a failure that names what was looked for.</summary>
public static class JsonLookup
{
    /// <summary>The one element of the array <paramref name="array"/> whose <paramref name="key"/> is <paramref name="value"/>.</summary>
    public static JsonNode Find(this JsonNode node, string array, string key, string value)
    {
        var items = node[array]?.AsArray() ?? throw new AssertionException($"No array '{array}' in {node.ToJsonString()}");
        var matches = items.Where(item => item?[key]?.GetValue<string>() == value).ToList();
        return matches.Count == 1
            ? matches[0]!
            : throw new AssertionException($"Expected one element of '{array}' with {key} = {value}, found {matches.Count}");
    }

    /// <summary>The assignment of <paramref name="agency"/> in a consultation's detail.</summary>
    public static JsonNode AssignmentOf(this JsonNode detail, string agency) => detail.Find("assignments", "agencyCode", agency);
}

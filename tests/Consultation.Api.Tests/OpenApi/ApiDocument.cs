using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Consultation.Api.Tests.Hosting;

namespace Consultation.Api.Tests.OpenApi;

/// <summary>The API document as the service serves it, and the copy in docs/openapi/ that the client is generated from.</summary>
internal static class ApiDocument
{
    public const string UpdateVariable = "CONSULTATION_UPDATE_OPENAPI";

    public static string RepositoryRoot { get; } = Path.GetDirectoryName(DeployFiles.Folder)!;

    public static string CheckedIn { get; } = Path.Combine(RepositoryRoot, "docs", "openapi", "v1.json");

    public static readonly JsonSerializerOptions Written = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The served document without its servers, which name wherever it was read from.</summary>
    public static async Task<JsonObject> ServedAsync(HttpClient client)
    {
        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!.AsObject();
        document.Remove("servers");
        return document;
    }
}

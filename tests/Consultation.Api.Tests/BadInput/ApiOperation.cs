using System.Text.Json.Nodes;

namespace Consultation.Api.Tests.BadInput;

/// <summary>One operation of the OpenAPI document, its parameters and the schema of its JSON body, $refs resolved.</summary>
public sealed record ApiOperation(string Method, string Path, IReadOnlyList<ApiParameter> Parameters, JsonObject? Body)
{
    public string Name => $"{Method} {Path}";

    public IEnumerable<ApiParameter> InPath => Parameters.Where(p => p.In == "path");

    public IEnumerable<ApiParameter> InQuery => Parameters.Where(p => p.In == "query");
}

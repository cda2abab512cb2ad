using System.Text.Json.Nodes;

namespace Consultation.Api.Tests.BadInput;

/// <summary>What the service answered to one <see cref="HostileRequest"/>; status 0 when the connection failed instead.</summary>
public sealed record SweepResult(HostileRequest Request, int Status, string? MediaType, string Body)
{
    public int Attempts { get; init; } = 1;

    /// <summary>The machine code of a problem answer; null for anything else.</summary>
    public string? ProblemCode => MediaType == "application/problem+json" && JsonNode.Parse(Body) is JsonObject problem
        ? problem["code"]?.GetValue<string>()
        : null;

    /// <summary>
    /// Kestrel's own refusal of a request that is not valid HTTP (a NUL in the path): it answers before
    /// the application exists for the request, so there is no problem to write, only an empty 400.
    /// </summary>
    public bool IsKestrelsOwnRefusal => Status == 400 && MediaType is null && Body.Length == 0 && Request.Url.Contains("%00", StringComparison.Ordinal);

    public override string ToString() => $"{Status} {MediaType} ← {Request}\n      answered: {(Body.Length <= 300 ? Body : Body[..300] + "…")}";
}

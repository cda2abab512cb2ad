namespace Consultation.Api.Tests.BadInput;

/// <summary>Every hostile variant of every operation: junk in each path parameter, each query parameter, the headers, the method and the body.</summary>
public static class HostileRequests
{
    public static IEnumerable<HostileRequest> For(ApiOperation operation, SweepTargets targets, int limitBytes)
    {
        var url = targets.PathFor(operation);
        var name = operation.Name;
        foreach (var parameter in operation.InPath)
        {
            var real = targets.PathFor(operation with { Parameters = [.. operation.InPath.Where(p => p != parameter)] });
            foreach (var junk in HostileValues.PathSegments)
            {
                var path = real.Replace($"{{{parameter.Name}}}", junk, StringComparison.Ordinal);
                yield return WithBody(operation, new HostileRequest(name, $"path {parameter.Name} = {HostileValues.Shorten(junk)}", operation.Method, path));
            }
        }
        foreach (var parameter in operation.InQuery)
        {
            foreach (var junk in HostileValues.QueryValues)
            {
                yield return new HostileRequest(name, $"query {parameter.Name} = {HostileValues.Shorten(junk)}", operation.Method, $"{url}?{parameter.Name}={junk}");
            }
            yield return new HostileRequest(name, $"query {parameter.Name} twice", operation.Method, $"{url}?{parameter.Name}=1&{parameter.Name}=2");
        }
        foreach (var headers in HostileValues.Headers)
        {
            var variant = "headers " + string.Join(", ", headers.Select(h => $"{h.Key}: {HostileValues.Shorten(h.Value)}"));
            yield return WithBody(operation, new HostileRequest(name, variant, operation.Method, url, Headers: headers));
        }
        yield return new HostileRequest(name, "method PATCH", "PATCH", url);
        if (operation.Body is null)
        {
            yield return new HostileRequest(name, "unexpected body", operation.Method, url, "{"u8.ToArray(), "application/json; charset=foo");
            yield break;
        }
        foreach (var request in HostileBodies.For(name, operation.Method, url, operation.Body, limitBytes))
        {
            yield return request;
        }
        // The idempotency bookkeeping must keep only refusals; keys unique to the sweep let the spec find them.
        yield return WithBody(operation, new HostileRequest(name, "with an Idempotency-Key", operation.Method, url,
            Headers: [new("Idempotency-Key", $"sweep-{Guid.NewGuid():N}")]));
    }

    /// <summary>The operation's request with nothing hostile but its refusable base body, if it takes one.</summary>
    public static HostileRequest Ordinary(ApiOperation operation, SweepTargets targets) =>
        WithBody(operation, new HostileRequest(operation.Name, "ordinary", operation.Method, targets.PathFor(operation)));

    /// <summary>For an operation that takes a body, the request carries the (refusable) base body, so only the one thing varies.</summary>
    private static HostileRequest WithBody(ApiOperation operation, HostileRequest request) =>
        operation.Body is null
            ? request
            : request with { Body = System.Text.Encoding.UTF8.GetBytes(HostileBodies.Base(operation.Body).ToJsonString()), ContentType = "application/json" };
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Consultation.Api.Problems;

/// <summary>Writes a problem from middleware, where there is no endpoint result to return.</summary>
public static class ProblemWriter
{
    public static async Task WriteAsync(
        HttpContext context, int status, string code, IDictionary<string, string[]>? errors = null, params object[] args)
    {
        if (Portal.PortalProblemPage.Applies(context))
        {
            await Portal.PortalProblemPage.WriteAsync(context, status, code, args);
            return;
        }
        var problem = new ProblemDetails
        {
            Status = status,
            Title = Messages.Get(code, context.Lang(), args),
            Type = $"https://consultation.local/problems/{code.Replace('_', '-')}",
        };
        problem.Extensions["code"] = code;
        if (errors is not null)
        {
            problem.Extensions["errors"] = errors;
        }
        context.Response.StatusCode = status;
        var writer = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        // The service writes nothing for a client that accepts no JSON (WriteAsync would throw, a 500);
        // a problem is JSON all the same (RFC 9457), as an endpoint's problem result falls back to.
        if (!await writer.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem }))
        {
            problem.Extensions["traceId"] = context.TraceIdentifier;
            var json = context.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
            await context.Response.WriteAsJsonAsync(problem, json, "application/problem+json");
        }
    }
}

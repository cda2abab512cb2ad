using Microsoft.AspNetCore.Mvc;

namespace Consultation.Api.Problems;

/// <summary>Writes a problem from middleware, where there is no endpoint result to return.</summary>
public static class ProblemWriter
{
    public static async Task WriteAsync(
        HttpContext context, int status, string code, IDictionary<string, string[]>? errors = null, params object[] args)
    {
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
        await writer.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }
}

using Microsoft.AspNetCore.Http.HttpResults;

namespace Consultation.Api.Problems;

/// <summary>RFC 9457 problem results with the title in the caller's language and a stable machine code.</summary>
public static class Problem
{
    public static ProblemHttpResult Of(HttpContext context, int status, string code, params object[] args) =>
        TypedResults.Problem(
            title: Messages.Get(code, context.Lang(), args),
            statusCode: status,
            type: $"https://consultation.local/problems/{code.Replace('_', '-')}",
            extensions: new Dictionary<string, object?> { ["code"] = code });

    public static ValidationProblem Invalid(HttpContext context, FieldErrors errors) =>
        TypedResults.ValidationProblem(
            errors.ToDictionary(),
            title: Messages.Get("validation", errors.Lang),
            type: "https://consultation.local/problems/validation",
            extensions: new Dictionary<string, object?> { ["code"] = "validation" });

    public static ProblemHttpResult NotFound(HttpContext context, string code) => Of(context, StatusCodes.Status404NotFound, code);

    public static ProblemHttpResult Conflict(HttpContext context, string code) => Of(context, StatusCodes.Status409Conflict, code);

    public static ProblemHttpResult Forbidden(HttpContext context, string code = "forbidden") => Of(context, StatusCodes.Status403Forbidden, code);
}

using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Diagnostics;

namespace Consultation.Api.Problems;

/// <summary>
/// Turns what escapes an endpoint into a problem: a body or parameter that cannot be read is the
/// caller's mistake (4xx, with the field named); a database that cannot be reached is a moment's
/// unavailability (503 with Retry-After); anything else is ours (500, with no internals).
/// </summary>
public sealed partial class ExceptionProblems(ILogger<ExceptionProblems> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // A form bound to an endpoint reports a failed antiforgery check as a bad request of its own.
        if (exception is AntiforgeryValidationException
            || (exception is BadHttpRequestException && httpContext.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false }))
        {
            // A stale tab or a forged form: the caller's problem, and nothing was changed.
            await ProblemWriter.WriteAsync(httpContext, StatusCodes.Status400BadRequest, "antiforgery_failed");
            return true;
        }
        if (exception is BadHttpRequestException bad)
        {
            await WriteBadRequestAsync(httpContext, bad);
            return true;
        }
        if (DatabaseUnreachable(exception))
        {
            // A restart or fail-over of the database: nothing was written (the transaction never committed),
            // and the same request will succeed in a moment; clients and proxies retry on 503 + Retry-After.
            logger.LogWarning(exception, "Database unreachable on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
            httpContext.Response.Headers.RetryAfter = "5";
            await ProblemWriter.WriteAsync(httpContext, StatusCodes.Status503ServiceUnavailable, "database_unavailable");
            return true;
        }
        logger.LogError(exception, "Unhandled failure on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        await ProblemWriter.WriteAsync(httpContext, StatusCodes.Status500InternalServerError, "internal");
        return true;
    }

    /// <summary>
    /// The database could not be reached or dropped the connection: its driver calls it transient (the
    /// drivers wrap socket failures in their own exceptions). A socket failure of anything else, such as
    /// the broker's management API, stays a 500 rather than blaming the database.
    /// </summary>
    private static bool DatabaseUnreachable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is System.Data.Common.DbException { IsTransient: true })
            {
                return true;
            }
        }
        return false;
    }

    private static Task WriteBadRequestAsync(HttpContext context, BadHttpRequestException bad)
    {
        var lang = context.Lang();
        if (bad.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return ProblemWriter.WriteAsync(context, 413, "payload_too_large", null, RequestLimits.MaxBodyBytes(context));
        }
        if (bad.StatusCode == StatusCodes.Status415UnsupportedMediaType)
        {
            return ProblemWriter.WriteAsync(context, 415, "unsupported_media_type");
        }
        if (bad.InnerException is JsonException json)
        {
            var field = JsonField(json.Path);
            var code = json.Message.Contains("could not be mapped", StringComparison.Ordinal) ? "unknown_field"
                : json.Message.Contains("could not be converted", StringComparison.Ordinal) ? "wrong_type"
                : null;
            if (code is null)
            {
                return ProblemWriter.WriteAsync(context, 400, "malformed_json");
            }
            var name = code == "unknown_field" ? UnmappedName().Match(json.Message) is { Success: true } m ? m.Groups[1].Value : field : field;
            return ProblemWriter.WriteAsync(context, 400, "validation", Errors(name, code, lang));
        }
        if (bad.Message.Contains("no body was provided", StringComparison.Ordinal))
        {
            return ProblemWriter.WriteAsync(context, 400, "body_required");
        }
        if (ParameterName().Match(bad.Message) is { Success: true } parameter)
        {
            return ProblemWriter.WriteAsync(context, 400, "validation", Errors(parameter.Groups[1].Value, "invalid_value", lang));
        }
        return ProblemWriter.WriteAsync(context, 400, bad.Message.Contains("body", StringComparison.OrdinalIgnoreCase) ? "malformed_json" : "bad_request");
    }

    private static Dictionary<string, string[]> Errors(string field, string code, Lang lang) =>
        new() { [field] = [Messages.Get(code, lang)] };

    private static string JsonField(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "$" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;

    [GeneratedRegex("The JSON property '([^']+)'")]
    private static partial Regex UnmappedName();

    [GeneratedRegex("parameter \"\\S+ (\\w+)\"")]
    private static partial Regex ParameterName();
}

using Microsoft.AspNetCore.Http.HttpResults;

namespace Consultation.Api.Portal;

/// <summary>Reads what an API handler answered, for a page: done, or the messages of its problem.</summary>
public static class PortalResults
{
    /// <summary>The messages, each after the name of its field as the form labels it, when <paramref name="t"/> is given.</summary>
    public static IReadOnlyList<string> Problems(IResult result, PortalText? t = null) => result switch
    {
        ValidationProblem invalid => invalid.ProblemDetails.Errors
            .SelectMany(e => e.Value.Select(m => t is null || PortalWords.Field(e.Key, t) is not { } label ? m : $"{label}: {m}"))
            .ToArray(),
        ProblemHttpResult problem => [problem.ProblemDetails.Detail ?? problem.ProblemDetails.Title ?? ""],
        _ => [],
    };

    public static int StatusOf(IResult result) => result switch
    {
        ValidationProblem => StatusCodes.Status400BadRequest,
        ProblemHttpResult problem => problem.StatusCode,
        _ => StatusCodes.Status200OK,
    };

    /// <summary>A form field as text, or null when absent or blank (as an absent JSON member would be).</summary>
    public static string? Field(IFormCollection form, string name) =>
        form.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value.ToString()) ? value.ToString() : null;

    /// <summary>A whole number of working days; anything else reads as 0, which the API's range check refuses in words.</summary>
    public static int? Days(IFormCollection form, string name) => Field(form, name) is { } text
        ? int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var days) ? days : 0
        : null;
}

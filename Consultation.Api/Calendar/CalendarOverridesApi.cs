using Consultation.Api.Auth;
using Consultation.Api.Problems;
using Consultation.Core.Calendar;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Consultation.Api.Calendar;

/// <summary>
/// The overrides of the default holiday rules: each year's official schedule (swapped days off,
/// make-up Saturdays) and any day an administrator must correct. A change moves the due moments of
/// open assignments counted in working days, in the same transaction.
/// </summary>
public static class CalendarOverridesApi
{
    public static async Task<Results<Ok<CalendarOverrideResponse[]>, ValidationProblem>> List(
        HttpContext http, CalendarOverrideStore overrides, CancellationToken ct, int? year = null)
    {
        var errors = new FieldErrors(http.Lang());
        if (year is { } y && !CalendarInput.CheckYear(y, "year", errors))
        {
            return Problem.Invalid(http, errors);
        }
        var stored = await overrides.ListAsync(year, ct);
        return TypedResults.Ok(stored.Select(CalendarOverrideResponse.From).ToArray());
    }

    public static async Task<Results<Ok<CalendarOverrideSetResponse>, ValidationProblem>> Set(
        string date, CalendarOverrideRequest request, CalendarOverrideStore overrides, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var errors = new FieldErrors(http.Lang());
        var day = CalendarInput.Date(date, "date", errors);
        var kind = CalendarOverrideKinds.Parse(request.Kind);
        if (request.Kind is null)
        {
            errors.Add("kind", "required");
        }
        else if (kind is null)
        {
            errors.Add("kind", "unknown_value", string.Join(", ", CalendarOverrideKinds.All));
        }
        var name = Text.RequiredIdentifying(request.Name, "name", 200, errors);
        if (errors.Any)
        {
            return Problem.Invalid(http, errors);
        }
        var change = await overrides.SetAsync(new CalendarOverride(day!.Value, kind!.Value, name!), Caller.From(http.User).Actor, clock.GetUtcNow(), ct);
        return TypedResults.Ok(CalendarOverrideSetResponse.From(change.Override!, change.RecomputedAssignments));
    }

    public static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Delete(
        string date, CalendarOverrideStore overrides, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var errors = new FieldErrors(http.Lang());
        var day = CalendarInput.Date(date, "date", errors);
        if (day is null)
        {
            return Problem.Invalid(http, errors);
        }
        var change = await overrides.DeleteAsync(day.Value, Caller.From(http.User).Actor, clock.GetUtcNow(), ct);
        return change is null ? Problem.NotFound(http, "calendar_override_not_found") : TypedResults.NoContent();
    }
}

using Consultation.Api.Auth;
using Consultation.Api.Problems;
using Consultation.Core.Calendar;
using Consultation.Core.Consultations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Consultation.Api.Consultations;

/// <summary>The lead gives a consulted agency more time.</summary>
public static class ExtensionsApi
{
    public static async Task<Results<Ok<AssignmentResponse>, ValidationProblem, ProblemHttpResult>> Extend(
        Guid id, string agencyCode, ExtensionRequest request, HttpContext http, ConsultationCommands commands,
        IWorkingCalendar calendar, IOptions<DeadlineOptions> deadlines, TimeProvider clock, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var code = LeadAccess.Code(agencyCode);
        var now = clock.GetUtcNow();
        var errors = new FieldErrors(http.Lang());
        if (ExtensionValidation.Validate(request, now, calendar, deadlines.Value, errors) is not { } extension)
        {
            return Problem.Invalid(http, errors);
        }
        var result = await commands.ExtendAsync(new DueChange
        {
            ConsultationId = id,
            AgencyCode = code,
            DueAt = extension.Due.DueAt,
            WorkingDays = extension.Due.WorkingDays,
            Reason = extension.Reason,
            Actor = caller.Actor,
            LeadAgencyCode = caller.AgencyCode!,
            Now = now,
        }, ct);
        return result.Outcome == ChangeOutcome.Done
            ? TypedResults.Ok(AssignmentResponse.From(result.Value!, [], now))
            : LeadAccess.Refused(http, result.Outcome);
    }
}

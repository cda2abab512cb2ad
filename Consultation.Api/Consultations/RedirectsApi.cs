using Consultation.Api.Auth;
using Consultation.Api.Problems;
using Consultation.Core.Agencies;
using Consultation.Core.Calendar;
using Consultation.Core.Consultations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Consultation.Api.Consultations;

/// <summary>
/// Not competent as a workflow: the lead redirects a not_competent answer to the competent agency
/// (the one the answer names, or another registered one) with a period and a reason.
/// </summary>
public static class RedirectsApi
{
    public static async Task<Results<Created<AssignmentResponse>, ValidationProblem, ProblemHttpResult>> Redirect(
        Guid id, string agencyCode, RedirectRequest request, HttpContext http, ConsultationCommands commands,
        AgencyStore agencies, IWorkingCalendar calendar, IOptions<DeadlineOptions> deadlines, TimeProvider clock, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var from = LeadAccess.Code(agencyCode);
        var now = clock.GetUtcNow();
        var errors = new FieldErrors(http.Lang());
        var to = await TargetAsync(request.AgencyCode, caller.AgencyCode!, agencies, errors, ct);
        var reason = Text.Required(request.Reason, "reason", 2_000, errors);
        var due = DueMoment.Read(request.DueAt, request.WorkingDays, null, now, calendar, deadlines.Value, errors);
        if (errors.Any)
        {
            return Problem.Invalid(http, errors);
        }
        var result = await commands.RedirectAsync(new Redirection
        {
            ConsultationId = id,
            FromAgencyCode = from,
            ToAgencyCode = to,
            DueAt = due!.DueAt,
            WorkingDays = due.WorkingDays,
            Reason = reason!,
            Actor = caller.Actor,
            LeadAgencyCode = caller.AgencyCode!,
            Now = now,
        }, ct);
        switch (result.Outcome)
        {
            case ChangeOutcome.Done:
                var created = result.Value!;
                return TypedResults.Created($"/api/v1/consultations/{id}", AssignmentResponse.From(created, [], now, from));
            case ChangeOutcome.CompetentAgencyRequired:
                errors.Add("agencyCode", "redirect_target_required");
                return Problem.Invalid(http, errors);
            case ChangeOutcome.UnknownAgency:
                // The agency the answer named has since been deactivated (a code given in the request was checked above).
                errors.Add("agencyCode", "redirect_target_inactive");
                return Problem.Invalid(http, errors);
            default:
                return LeadAccess.Refused(http, result.Outcome);
        }
    }

    /// <summary>The agency named in the request, if any: registered, active, and not the lead itself.</summary>
    private static async Task<string?> TargetAsync(string? requested, string lead, AgencyStore agencies, FieldErrors errors, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(requested))
        {
            return null;
        }
        var code = AgencyCodes.Normalize(requested);
        if (code is null)
        {
            errors.Add("agencyCode", "invalid_code");
        }
        else if (code == lead)
        {
            errors.Add("agencyCode", "redirect_to_lead");
        }
        else if (await agencies.FindAsync(code, ct) is not { Active: true })
        {
            errors.Add("agencyCode", "agency_unknown", code);
        }
        return code;
    }
}

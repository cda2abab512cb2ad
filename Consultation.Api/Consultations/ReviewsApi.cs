using Consultation.Api.Auth;
using Consultation.Api.Problems;
using Consultation.Core.Calendar;
using Consultation.Core.Consultations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Consultation.Api.Consultations;

/// <summary>The lead reviews an answer: accepts it, confirms it vague, or asks for clarification.</summary>
public static class ReviewsApi
{
    public static async Task<Results<Ok<AssignmentResponse>, ValidationProblem, ProblemHttpResult>> Review(
        Guid id, string agencyCode, ReviewRequest request, HttpContext http, ConsultationCommands commands,
        IWorkingCalendar calendar, IOptions<DeadlineOptions> deadlines, TimeProvider clock, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var code = LeadAccess.Code(agencyCode);
        var now = clock.GetUtcNow();
        var errors = new FieldErrors(http.Lang());
        if (ReviewValidation.Validate(request, now, calendar, deadlines.Value, errors) is not { } review)
        {
            return Problem.Invalid(http, errors);
        }
        var result = await commands.ReviewAsync(new Core.Consultations.Review
        {
            ConsultationId = id,
            AgencyCode = code,
            Decision = review.Decision,
            Note = review.Note,
            DueAt = review.Due?.DueAt,
            WorkingDays = review.Due?.WorkingDays,
            Actor = caller.Actor,
            LeadAgencyCode = caller.AgencyCode!,
            Now = now,
        }, ct);
        return result.Outcome == ChangeOutcome.Done
            ? TypedResults.Ok(AssignmentResponse.From(result.Value!, [], now))
            : LeadAccess.Refused(http, result.Outcome);
    }
}

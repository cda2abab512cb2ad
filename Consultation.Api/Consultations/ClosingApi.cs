using Consultation.Api.Auth;
using Consultation.Api.Problems;
using Consultation.Core.Auditing;
using Consultation.Core.Consultations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Consultation.Api.Consultations;

/// <summary>The lead closes a consultation with its synthesis.</summary>
public static class ClosingApi
{
    public static async Task<Results<Ok<ConsultationResponse>, ValidationProblem, ProblemHttpResult>> Close(
        Guid id, CloseRequest request, HttpContext http, ConsultationQueries queries, ConsultationCommands commands,
        TimeProvider clock, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var errors = new FieldErrors(http.Lang());
        if (CloseValidation.Validate(request, errors) is not { } synthesis)
        {
            return Problem.Invalid(http, errors);
        }
        var now = clock.GetUtcNow();
        var audit = new AuditEntry
        {
            At = now,
            Actor = caller.Actor,
            AgencyCode = caller.AgencyCode,
            Action = "consultation.closed",
            Entity = "consultation",
            EntityId = id.ToString(),
        };
        var result = await commands.CloseAsync(id, synthesis, audit, ct);
        if (result.Outcome != ChangeOutcome.Done)
        {
            return LeadAccess.Refused(http, result.Outcome);
        }
        var detail = await queries.GetAsync(id, ct);
        return TypedResults.Ok(ConsultationResponse.From(detail!.Consultation, detail.Assignments, detail.Answers, caller.AgencyCode, now));
    }
}

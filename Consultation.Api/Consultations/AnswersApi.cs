using Consultation.Api.Assessments;
using Consultation.Api.Auth;
using Consultation.Api.Problems;
using Consultation.Core.Consultations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Consultation.Api.Consultations;

public static class AnswersApi
{
    /// <summary>Maps HTTP to <see cref="Answers.SubmitAsync"/>, which decides, judges and stores.</summary>
    public static async Task<Results<Created<AnswerCreatedResponse>, ValidationProblem, ProblemHttpResult>> Answer(
        Guid id, AnswerRequest request, HttpContext http, Answers answers, TimeProvider clock, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var outcome = await answers.SubmitAsync(id, request.ToDraft(), caller.AgencyCode!, caller.Actor, clock.GetUtcNow(), ct);
        if (outcome.IsInvalid)
        {
            var errors = new FieldErrors(http.Lang());
            errors.AddAll(outcome.Problems!);
            return Problem.Invalid(http, errors);
        }
        return outcome.Outcome switch
        {
            ChangeOutcome.Done => TypedResults.Created(
                $"/api/v1/consultations/{id}",
                new AnswerCreatedResponse(outcome.Answer!.Id, outcome.Answer.Round, outcome.Answer.Late, outcome.Answer.SubmittedAt,
                    outcome.Assessment!.ToResponse())),
            ChangeOutcome.NotFound => Problem.NotFound(http, "consultation_not_found"),
            ChangeOutcome.NotConsulted => Problem.Forbidden(http, "not_consulted"),
            ChangeOutcome.ConsultationNotOpen => Problem.Conflict(http, "consultation_not_open"),
            _ => Problem.Conflict(http, "already_answered"),
        };
    }

    public static AnswerDraft ToDraft(this AnswerRequest request) =>
        new(request.Position, request.Content, request.LegalBasis, request.CompetentAgencyCode, request.CompetentAgencyName);
}

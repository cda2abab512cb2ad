using Consultation.Api.Agencies;
using Consultation.Api.Assessments;
using Consultation.Api.Auth;
using Consultation.Api.Problems;
using Consultation.Core.Agencies;
using Consultation.Core.Assessment;
using Consultation.Core.Consultations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Consultation.Api.Consultations;

public static class AnswersApi
{
    public static async Task<Results<Created<AnswerCreatedResponse>, ValidationProblem, ProblemHttpResult>> Answer(
        Guid id, AnswerRequest request, HttpContext http, ConsultationQueries queries, ConsultationCommands commands,
        AgencyStore agencies, AnswerAssessor assessor, TimeProvider clock, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var me = caller.AgencyCode!;
        var detail = await queries.GetAsync(id, ct);
        if (detail is null || !detail.IsParty(me))
        {
            return Problem.NotFound(http, "consultation_not_found");
        }
        if (detail.AssignmentOf(me) is null)
        {
            return Problem.Forbidden(http, "not_consulted");
        }
        var errors = new FieldErrors(http.Lang());
        var submission = await ValidateAsync(request, me, agencies, errors, ct);
        if (submission is null)
        {
            return Problem.Invalid(http, errors);
        }
        // Judged against the stored question; stored in Vietnamese whatever the caller's language, because others read it.
        var assessment = assessor.Assess(new AssessmentInput
        {
            Position = submission.Position,
            Content = submission.Content,
            LegalBasis = submission.LegalBasis,
            CompetentAgencyCode = submission.CompetentAgencyCode,
            CompetentAgencyName = submission.CompetentAgencyName,
            Issue = AssessmentMapping.IssueOf(detail.Consultation),
            LeadAgencyCode = detail.Consultation.LeadAgencyCode,
        });
        var result = await commands.AnswerAsync(submission with
        {
            ConsultationId = id,
            Actor = caller.Actor,
            Now = clock.GetUtcNow(),
            AssessmentVerdict = assessment.Verdict,
            AssessmentScore = assessment.Score,
            AssessmentReasons = assessment.ReasonsJson(),
        }, ct);
        return result.Outcome switch
        {
            ChangeOutcome.Done => TypedResults.Created(
                $"/api/v1/consultations/{id}",
                new AnswerCreatedResponse(result.Value!.Id, result.Value.Round, result.Value.Late, result.Value.SubmittedAt, assessment.ToResponse())),
            ChangeOutcome.NotFound => Problem.NotFound(http, "consultation_not_found"),
            ChangeOutcome.NotConsulted => Problem.Forbidden(http, "not_consulted"),
            ChangeOutcome.ConsultationNotOpen => Problem.Conflict(http, "consultation_not_open"),
            _ => Problem.Conflict(http, "already_answered"),
        };
    }

    private static async Task<AnswerSubmission?> ValidateAsync(
        AnswerRequest request, string me, AgencyStore agencies, FieldErrors errors, CancellationToken ct)
    {
        if (request.Position is null)
        {
            errors.Add("position", "required");
        }
        else if (!Positions.All.Contains(request.Position))
        {
            errors.Add("position", "unknown_value", string.Join(", ", Positions.All));
        }
        var content = Text.Required(request.Content, "content", 20_000, errors);
        var legalBasis = Text.Optional(request.LegalBasis, "legalBasis", 2_000, errors);
        var competentName = Text.OptionalIdentifying(request.CompetentAgencyName, "competentAgencyName", 300, errors);
        var competentCode = string.IsNullOrWhiteSpace(request.CompetentAgencyCode) ? null : AgencyValidation.NormalizeCode(request.CompetentAgencyCode);
        if (request.CompetentAgencyCode is not null && competentCode is null)
        {
            errors.Add("competentAgencyCode", "invalid_code");
        }
        if (request.Position == Positions.NotCompetent)
        {
            if (competentCode is null && competentName is null && !errors.Has("competentAgencyCode"))
            {
                errors.Add("competentAgencyCode", "competent_required");
            }
            else if (competentCode is not null && competentName is not null)
            {
                errors.Add("competentAgencyName", "competent_both");
            }
            else if (competentCode == me)
            {
                errors.Add("competentAgencyCode", "competent_self");
            }
            else if (competentCode is not null && (await agencies.FindAsync(competentCode, ct)) is null)
            {
                errors.Add("competentAgencyCode", "agency_unknown", competentCode);
            }
        }
        else if (request.Position is not null && (competentCode is not null || competentName is not null))
        {
            errors.Add(competentCode is not null ? "competentAgencyCode" : "competentAgencyName", "competent_only_when_not_competent");
        }
        if (errors.Any)
        {
            return null;
        }
        return new AnswerSubmission
        {
            AgencyCode = me,
            Position = request.Position!,
            Content = content!,
            LegalBasis = legalBasis,
            CompetentAgencyCode = competentCode,
            CompetentAgencyName = competentName,
            Actor = me,
        };
    }
}

using Consultation.Api.Agencies;
using Consultation.Api.Auth;
using Consultation.Api.Consultations;
using Consultation.Api.Problems;
using Consultation.Core.Assessment;
using Consultation.Core.Consultations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Consultation.Api.Assessments;

/// <summary>Lets a clerk check a draft answer before sending it; nothing is recorded.</summary>
public static class AssessmentsApi
{
    public static IEndpointRouteBuilder MapAssessmentsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/assessments").WithTags("Assessments").RequireAuthorization(Policies.Authenticated);
        group.MapPost("/", Preview).WithSummary("Xem trước đánh giá câu trả lời (không lưu)");
        return routes;
    }

    public static async Task<Results<Ok<AssessmentResponse>, ValidationProblem, ProblemHttpResult>> Preview(
        AssessmentRequest request, HttpContext http, ConsultationQueries queries, AnswerAssessor assessor, CancellationToken ct)
    {
        var errors = new FieldErrors(http.Lang());
        if (request.Position is not null && !Positions.All.Contains(request.Position))
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
        var issue = Text.Optional(request.Issue, "issue", 4_000, errors);
        if (request.ConsultationId is not null && issue is not null)
        {
            errors.Add("issue", "assessment_context_both");
        }
        if (errors.Any)
        {
            return Problem.Invalid(http, errors);
        }
        ConsultationRecord? consultation = null;
        if (request.ConsultationId is { } id)
        {
            var caller = Caller.From(http.User);
            var detail = await queries.GetAsync(id, ct);
            // As for reads: a consultation the caller is not party to is reported as absent.
            if (detail is null || !(caller.IsSupervisor || (caller.AgencyCode is not null && detail.IsParty(caller.AgencyCode))))
            {
                return Problem.NotFound(http, "consultation_not_found");
            }
            consultation = detail.Consultation;
        }
        var input = new AssessmentInput
        {
            Position = request.Position,
            Content = content!,
            LegalBasis = legalBasis,
            CompetentAgencyCode = competentCode,
            CompetentAgencyName = competentName,
            Issue = consultation is null ? issue : AssessmentMapping.IssueOf(consultation),
            LeadAgencyCode = consultation?.LeadAgencyCode,
        };
        var language = http.Lang() == Lang.En ? ReasonLanguage.English : ReasonLanguage.Vietnamese;
        return TypedResults.Ok(assessor.Assess(input, language).ToResponse());
    }
}

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
        group.MapPost("/", Preview).WithName("PreviewAssessment").WithSummary("Xem trước đánh giá câu trả lời (không lưu)")
            .WithDescription("Đánh giá bản nháp câu trả lời như khi gửi thật, không ghi nhận gì. Ngữ cảnh: consultationId (văn bản mà khóa được xem) "
                + "hoặc issue (nội dung vấn đề), không nêu cả hai.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    /// <summary>Maps HTTP to <see cref="Answers.PreviewAsync"/>: the same reading and judgement as a submission, nothing stored.</summary>
    public static async Task<Results<Ok<AssessmentResponse>, ValidationProblem, ProblemHttpResult>> Preview(
        AssessmentRequest request, HttpContext http, ConsultationQueries queries, Answers answers, CancellationToken ct)
    {
        var errors = new FieldErrors(http.Lang());
        var issue = Text.Optional(request.Issue, "issue", 4_000, errors);
        if (request.ConsultationId is not null && issue is not null)
        {
            errors.Add("issue", "assessment_context_both");
        }
        ConsultationRecord? consultation = null;
        if (request.ConsultationId is { } id && !errors.Any)
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
        var language = http.Lang() == Lang.En ? ReasonLanguage.English : ReasonLanguage.Vietnamese;
        var draft = new AnswerDraft(request.Position, request.Content, request.LegalBasis, request.CompetentAgencyCode, request.CompetentAgencyName);
        var (assessment, problems) = await answers.PreviewAsync(draft, consultation, issue, language, ct);
        errors.AddAll(problems);
        if (errors.Any)
        {
            return Problem.Invalid(http, errors);
        }
        return TypedResults.Ok(assessment!.ToResponse());
    }
}

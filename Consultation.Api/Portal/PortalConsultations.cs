using Consultation.Api.Assessments;
using Consultation.Api.Consultations;
using Consultation.Core.Calendar;
using Consultation.Core.Consultations;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Consultation.Api.Portal;

/// <summary>A consultation's page, and the consulted agency's answer: previewed and sent through the API's own handlers.</summary>
public static class PortalConsultations
{
    public static Task<IResult> Show(Guid id, HttpContext http, string? lang, string? notice, CancellationToken ct)
    {
        var t = PortalApi.Text(http, lang);
        return PageAsync(http, id, new PortalPageState { Notice = PortalNotices.Read(notice, t) }, StatusCodes.Status200OK, ct);
    }

    public static async Task<IResult> Preview(
        Guid id, IFormCollection form, HttpContext http, ConsultationQueries queries, Answers answers, CancellationToken ct)
    {
        if (PortalRefusals.OutOfScope(http, id) is { } refused)
        {
            return refused;
        }
        var t = PortalApi.Text(http, null);
        var draft = Draft(form);
        var request = new AssessmentRequest(draft.Position, draft.Content, draft.LegalBasis, draft.CompetentAgencyCode, draft.CompetentAgencyName, id);
        var result = (await AssessmentsApi.Preview(request, http, queries, answers, ct)).Result;
        var assessment = (result as Ok<AssessmentResponse>)?.Value;
        if (http.Request.Headers["X-Portal-Fragment"] == "assessment")
        {
            // The live preview: the region's new content, or a hint while the draft is still incomplete.
            var fragment = assessment is null
                ? $"""<p class="hint">{PortalHtml.E(t.T("Chọn quan điểm và viết nội dung để xem đánh giá.", "Choose a position and write the answer to see its assessment."))}</p>"""
                : PortalAnswerForm.Assessment(assessment, t, t.T("Đánh giá bản nháp (chưa gửi)", "Assessment of the draft (not sent)"));
            return Results.Content(fragment, "text/html; charset=utf-8");
        }
        var state = new PortalPageState { Draft = draft, Assessment = assessment, Errors = PortalResults.Problems(result, PortalApi.Text(http, null)) };
        return await PageAsync(http, id, state, PortalResults.StatusOf(result), ct);
    }

    public static async Task<IResult> Answer(
        Guid id, IFormCollection form, HttpContext http, Answers answers, TimeProvider clock, CancellationToken ct)
    {
        if (PortalRefusals.OutOfScope(http, id) is { } refused)
        {
            return refused;
        }
        var draft = Draft(form);
        var result = (await AnswersApi.Answer(id, draft, http, answers, clock, ct)).Result;
        if (result is Created<AnswerCreatedResponse>)
        {
            return Results.Redirect($"/portal/consultations/{id}?notice=answered#consulted");
        }
        var state = new PortalPageState { Draft = draft, Errors = PortalResults.Problems(result, PortalApi.Text(http, null)) };
        return await PageAsync(http, id, state, PortalResults.StatusOf(result), ct);
    }

    /// <summary>The page of <paramref name="id"/> with <paramref name="state"/>, or a refusal that shows nothing of it.</summary>
    internal static async Task<IResult> PageAsync(HttpContext http, Guid id, PortalPageState state, int status, CancellationToken ct)
    {
        if (PortalRefusals.OutOfScope(http, id) is { } refused)
        {
            return refused;
        }
        var services = http.RequestServices;
        var viewer = PortalViewer.From(http.User);
        var t = PortalApi.Text(http, null);
        var detail = await services.GetRequiredService<ConsultationQueries>().GetAsync(id, ct);
        // As in the API: a consultation the agency is not party to is reported absent, not forbidden.
        if (detail is null || (!viewer.IsSupervisor && !detail.IsParty(viewer.AgencyCode)))
        {
            return PortalRefusals.NotFound(http, t, viewer);
        }
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var token = services.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http);
        var body = PortalConsultationPage.Body(detail, viewer, now, services.GetRequiredService<IWorkingCalendar>(), t, token, state);
        return PortalApi.Html(http, PortalHtml.Page(t, detail.Consultation.DocumentNumber, body, viewer, token), status);
    }

    private static AnswerRequest Draft(IFormCollection form) => new(
        PortalResults.Field(form, "position"),
        PortalResults.Field(form, "content"),
        PortalResults.Field(form, "legalBasis"),
        PortalResults.Field(form, "competentAgencyCode"),
        PortalResults.Field(form, "competentAgencyName"));
}

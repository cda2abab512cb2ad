using Consultation.Api.Auth;
using Consultation.Api.Problems;
using Consultation.Core.Agencies;
using Consultation.Core.Auditing;
using Consultation.Core.Calendar;
using Consultation.Core.Consultations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Consultation.Api.Consultations;

public static class ConsultationsApi
{
    public static IEndpointRouteBuilder MapConsultationsApi(this IEndpointRouteBuilder routes)
    {
        var consultations = routes.MapGroup("/api/v1/consultations").WithTags("Consultations");
        var readers = consultations.MapGroup("").RequireAuthorization(Policies.Reader);
        readers.MapGet("/", ConsultationReadsApi.List).WithSummary("Danh sách văn bản lấy ý kiến");
        readers.MapGet("/{id:guid}", ConsultationReadsApi.Get).WithSummary("Chi tiết văn bản, các cơ quan được lấy ý kiến và câu trả lời");
        var agencies = consultations.MapGroup("").RequireAuthorization(Policies.Agency);
        agencies.MapPost("/", Open).WithSummary("Mở văn bản lấy ý kiến (đơn vị chủ trì)");
        agencies.MapPost("/{id:guid}/answers", AnswersApi.Answer).WithSummary("Trả lời (cơ quan được lấy ý kiến)");
        agencies.MapPost("/{id:guid}/assignments/{agencyCode}/review", ReviewsApi.Review).WithSummary("Xem xét câu trả lời (đơn vị chủ trì)");
        agencies.MapPost("/{id:guid}/assignments/{agencyCode}/extension", ExtensionsApi.Extend).WithSummary("Gia hạn (đơn vị chủ trì)");
        agencies.MapPost("/{id:guid}/assignments/{agencyCode}/redirect", RedirectsApi.Redirect).WithSummary("Chuyển cơ quan có thẩm quyền khi ý kiến trả lời là không thuộc thẩm quyền (đơn vị chủ trì)");
        agencies.MapPost("/{id:guid}/close", ClosingApi.Close).WithSummary("Kết thúc với báo cáo tổng hợp (đơn vị chủ trì)");
        return routes;
    }

    public static async Task<Results<Created<ConsultationResponse>, ValidationProblem, ProblemHttpResult>> Open(
        OpenConsultationRequest request, HttpContext http, AgencyStore agencies, ConsultationCommands commands,
        IWorkingCalendar calendar, IOptions<DeadlineOptions> deadlines, TimeProvider clock, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var lead = caller.AgencyCode!;
        var now = clock.GetUtcNow();
        var errors = new FieldErrors(http.Lang());
        var shape = OpenConsultationValidation.Validate(request, lead, errors);
        var due = DueMoment.Read(request.DueAt, request.WorkingDays, deadlines.Value.DefaultFor(shape?.Urgency ?? Urgency.Normal),
            now, calendar, deadlines.Value, errors);
        if (shape is null || due is null)
        {
            return Problem.Invalid(http, errors);
        }
        var active = await agencies.ActiveByCodeAsync(shape.Consultees.Select(c => c.AgencyCode), ct);
        for (var i = 0; i < shape.Consultees.Count; i++)
        {
            var code = shape.Consultees[i].AgencyCode;
            if (!active.TryGetValue(code, out var isActive))
            {
                errors.Add($"consultees[{i}].agencyCode", "agency_unknown", code);
            }
            else if (!isActive)
            {
                errors.Add($"consultees[{i}].agencyCode", "agency_inactive", code);
            }
        }
        if (errors.Any)
        {
            return Problem.Invalid(http, errors);
        }

        var consultation = new ConsultationRecord
        {
            Id = Guid.NewGuid(),
            LeadAgencyCode = lead,
            DocumentNumber = shape.DocumentNumber,
            Title = shape.Title,
            Issue = shape.Issue,
            ProposedDirection = shape.ProposedDirection,
            Urgency = shape.Urgency,
            SilenceMeansConsent = shape.SilenceMeansConsent,
            Status = ConsultationStatus.Open,
            OpenedAt = now,
            Version = 1,
        };
        var assignments = shape.Consultees.Select(c => new Assignment
        {
            Id = Guid.NewGuid(),
            ConsultationId = consultation.Id,
            AgencyCode = c.AgencyCode,
            Reason = c.Reason,
            ReceivedAt = now,
            DueAt = due.DueAt,
            DueWorkingDays = due.WorkingDays,
            Status = AssignmentStatus.Pending,
        }).ToList();
        var audit = new AuditEntry
        {
            At = now,
            Actor = caller.Actor,
            AgencyCode = lead,
            Action = "consultation.opened",
            Entity = "consultation",
            EntityId = consultation.Id.ToString(),
            Details = $"{consultation.DocumentNumber}; {assignments.Count} consulted",
        };
        var outcome = await commands.OpenAsync(consultation, assignments, audit, ct);
        if (outcome == ChangeOutcome.DuplicateDocumentNumber)
        {
            return Problem.Conflict(http, "duplicate_document_number");
        }
        return TypedResults.Created($"/api/v1/consultations/{consultation.Id}",
            ConsultationResponse.From(consultation, assignments, [], lead, now));
    }
}

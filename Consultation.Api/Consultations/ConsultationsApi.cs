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
        readers.MapGet("/", ConsultationReadsApi.List).WithName("ListConsultations").WithSummary("Danh sách văn bản lấy ý kiến")
            .WithDescription("Các văn bản mà cơ quan chủ trì hoặc được lấy ý kiến (Sở Nội vụ: mọi văn bản), mới nhất trước, theo trang. "
                + "role = lead | consulted thu hẹp theo vai của cơ quan; overdue = true chỉ giữ văn bản có cơ quan quá hạn chưa trả lời.");
        readers.MapGet("/{id:guid}", ConsultationReadsApi.Get).WithName("GetConsultation")
            .WithSummary("Chi tiết văn bản, các cơ quan được lấy ý kiến và câu trả lời")
            .WithDescription("Văn bản của cơ quan khác (không chủ trì, không được lấy ý kiến) được báo là không tìm thấy (404). "
                + "Cơ quan được lấy ý kiến chỉ thấy câu trả lời của chính mình.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        var agencies = consultations.MapGroup("").RequireAuthorization(Policies.Agency);
        agencies.MapPost("/", Open).WithName("OpenConsultation").WithSummary("Mở văn bản lấy ý kiến (đơn vị chủ trì)")
            .WithDescription("Cơ quan của khóa là đơn vị chủ trì. Phải nêu rõ vấn đề lấy ý kiến, định hướng xử lý và lý do lấy ý kiến từng cơ quan; "
                + "thời hạn là dueAt hoặc workingDays (ngày làm việc, không tính ngày nhận). Trả về 201 và Location.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        agencies.MapPost("/{id:guid}/answers", AnswersApi.Answer).WithName("AnswerConsultation").WithSummary("Trả lời (cơ quan được lấy ý kiến)")
            .WithDescription("Cơ quan được lấy ý kiến trả lời một lần mỗi vòng (lần sau chỉ khi đơn vị chủ trì đề nghị làm rõ). "
                + "Câu trả lời được đánh giá ngay (clear hoặc vague, kèm lý do); trả lời sau thời hạn vẫn được nhận và đánh dấu late.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        agencies.MapPost("/{id:guid}/assignments/{agencyCode}/review", ReviewsApi.Review).WithName("ReviewAnswer")
            .WithSummary("Xem xét câu trả lời (đơn vị chủ trì)")
            .WithDescription("accept, confirm_vague (kèm nhận xét) hoặc request_clarification (kèm thời hạn mới: dueAt hoặc workingDays).")
            .ProducesLeadProblems();
        agencies.MapPost("/{id:guid}/assignments/{agencyCode}/extension", ExtensionsApi.Extend).WithName("ExtendAssignment")
            .WithSummary("Gia hạn (đơn vị chủ trì)")
            .WithDescription("Thời hạn mới (dueAt hoặc workingDays tính từ nay) phải sau thời hạn hiện tại; lý do được ghi vào nhật ký.")
            .ProducesLeadProblems();
        agencies.MapPost("/{id:guid}/assignments/{agencyCode}/redirect", RedirectsApi.Redirect).WithName("RedirectReferral")
            .WithSummary("Chuyển cơ quan có thẩm quyền khi ý kiến trả lời là không thuộc thẩm quyền (đơn vị chủ trì)")
            .WithDescription("Tạo việc lấy ý kiến cho cơ quan mà câu trả lời not_competent nêu (hoặc agencyCode khác đã đăng ký), với thời hạn riêng; "
                + "mỗi ý kiến chỉ chuyển một lần.")
            .ProducesLeadProblems();
        agencies.MapPost("/{id:guid}/close", ClosingApi.Close).WithName("CloseConsultation").WithSummary("Kết thúc với báo cáo tổng hợp (đơn vị chủ trì)")
            .WithDescription("Đơn vị chủ trì kết thúc văn bản với nội dung tổng hợp (synthesis); sau đó văn bản không thay đổi được nữa.")
            .ProducesLeadProblems();
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

using Consultation.Api.Auth;
using Consultation.Api.Idempotency;
using Consultation.Api.Keys;
using Consultation.Api.Problems;
using Consultation.Api.Reports;
using Consultation.Core.Agencies;
using Consultation.Core.Auditing;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Consultation.Api.Agencies;

public static class AgenciesApi
{
    public static IEndpointRouteBuilder MapAgenciesApi(this IEndpointRouteBuilder routes)
    {
        // Everything under /agencies is mapped here, each kind of caller in its own group with its policy set once.
        var agencies = routes.MapGroup("/api/v1/agencies");
        var anyone = agencies.MapGroup("").WithTags("Agencies").RequireAuthorization(Policies.Authenticated);
        anyone.MapGet("/", List).WithName("ListAgencies").WithSummary("Danh sách cơ quan, đơn vị")
            .WithDescription("Mọi cơ quan, đơn vị đã đăng ký, kể cả đơn vị đã ngừng hoạt động (active = false): mã, tên, loại, thư điện tử, người đứng đầu.");
        anyone.MapGet("/{code}", Get).WithName("GetAgency").WithSummary("Một cơ quan, đơn vị")
            .WithDescription("Cơ quan, đơn vị có mã này (không phân biệt chữ hoa, chữ thường).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        var admin = agencies.MapGroup("").RequireAuthorization(Policies.Admin);
        admin.MapPost("/", Register).WithName("RegisterAgency").WithTags("Agencies").WithSummary("Đăng ký cơ quan, đơn vị (quản trị)")
            .WithDescription("Quản trị đăng ký một cơ quan, đơn vị mới; mã là duy nhất. Trả về 201 và địa chỉ của cơ quan (Location).")
            .ProducesProblem(StatusCodes.Status409Conflict);
        admin.MapPost("/{code}/keys", KeysApi.IssueForAgency).WithName("IssueAgencyKey").WithTags("Keys").WithMetadata(new SecretResponse())
            .WithSummary("Cấp khóa API cho cơ quan (agency hoặc supervisor)")
            .WithDescription("Cấp khóa cho cơ quan với vai trò agency (mặc định) hoặc supervisor. Khóa chỉ hiển thị một lần trong phản hồi này; "
                + "hệ thống chỉ lưu giá trị băm. Gửi lại với cùng Idempotency-Key không cấp lại khóa mà trả 409 key_shown_once kèm tiền tố.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        var readers = agencies.MapGroup("").RequireAuthorization(Policies.Reader);
        readers.MapGet("/{code}/scorecard", ScorecardsApi.ForAgency).WithName("GetAgencyScorecard").WithTags("Reports")
            .WithSummary("Kết quả phối hợp của một cơ quan: tỷ lệ đúng hạn, thời gian trả lời, câu trả lời chung chung, theo tháng")
            .WithDescription("Cơ quan chỉ xem kết quả của chính mình (403 scorecard_not_own); Sở Nội vụ xem mọi cơ quan. Kỳ from–to theo ngày (yyyy-MM-dd).")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    public static async Task<Ok<AgencyResponse[]>> List(AgencyStore agencies, CancellationToken ct) =>
        TypedResults.Ok((await agencies.ListAsync(ct)).Select(AgencyResponse.From).ToArray());

    public static async Task<Results<Ok<AgencyResponse>, ProblemHttpResult>> Get(string code, AgencyStore agencies, HttpContext http, CancellationToken ct)
    {
        var normalized = AgencyCodes.Normalize(code);
        var agency = normalized is null ? null : await agencies.FindAsync(normalized, ct);
        return agency is null ? Problem.NotFound(http, "agency_not_found") : TypedResults.Ok(AgencyResponse.From(agency));
    }

    public static async Task<Results<Created<AgencyResponse>, ValidationProblem, ProblemHttpResult>> Register(
        AgencyRequest request, AgencyStore agencies, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var errors = new FieldErrors(http.Lang());
        var agency = AgencyValidation.Validate(request, errors, clock.GetUtcNow());
        if (agency is null)
        {
            return Problem.Invalid(http, errors);
        }
        var caller = Caller.From(http.User);
        var audit = new AuditEntry { At = agency.CreatedAt, Actor = caller.Actor, Action = "agency.registered", Entity = "agency", EntityId = agency.Code };
        if (!await agencies.AddAsync(agency, audit, ct))
        {
            return Problem.Conflict(http, "agency_exists");
        }
        return TypedResults.Created($"/api/v1/agencies/{agency.Code}", AgencyResponse.From(agency));
    }
}

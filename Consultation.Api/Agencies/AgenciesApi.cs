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
        anyone.MapGet("/", List).WithSummary("Danh sách cơ quan, đơn vị");
        anyone.MapGet("/{code}", Get).WithSummary("Một cơ quan, đơn vị");
        var admin = agencies.MapGroup("").RequireAuthorization(Policies.Admin);
        admin.MapPost("/", Register).WithTags("Agencies").WithSummary("Đăng ký cơ quan, đơn vị (quản trị)");
        admin.MapPost("/{code}/keys", KeysApi.IssueForAgency).WithTags("Keys").WithMetadata(new SecretResponse())
            .WithSummary("Cấp khóa API cho cơ quan (agency hoặc supervisor)");
        var readers = agencies.MapGroup("").RequireAuthorization(Policies.Reader);
        readers.MapGet("/{code}/scorecard", ScorecardsApi.ForAgency).WithTags("Reports")
            .WithSummary("Kết quả phối hợp của một cơ quan: tỷ lệ đúng hạn, thời gian trả lời, câu trả lời chung chung, theo tháng");
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

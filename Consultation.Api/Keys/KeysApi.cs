using Consultation.Api.Auth;
using Consultation.Api.Idempotency;
using Consultation.Api.Problems;
using Consultation.Core.Agencies;
using Consultation.Core.Auditing;
using Consultation.Core.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Consultation.Api.Keys;

public static class KeysApi
{
    public static IEndpointRouteBuilder MapKeysApi(this IEndpointRouteBuilder routes)
    {
        // A key for an agency is issued under the agency (AgenciesApi); keys bound to no agency live here.
        var group = routes.MapGroup("/api/v1/keys").WithTags("Keys").RequireAuthorization(Policies.Admin);
        group.MapPost("/", IssueUnbound).WithName("IssueKey").WithMetadata(new SecretResponse()).WithSummary("Cấp khóa admin hoặc ops")
            .WithDescription("Cấp khóa không gắn với cơ quan, vai trò admin hoặc ops. Khóa chỉ hiển thị một lần trong phản hồi này; "
                + "gửi lại với cùng Idempotency-Key trả 409 key_shown_once kèm tiền tố để thu hồi.");
        group.MapDelete("/{prefix}", Revoke).WithName("RevokeKey").WithSummary("Thu hồi khóa API")
            .WithDescription("Thu hồi ngay khóa có tiền tố này (mọi vai trò); các yêu cầu sau đó với khóa này nhận 401.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    public static async Task<Results<Created<KeyResponse>, ValidationProblem, ProblemHttpResult>> IssueForAgency(
        string code, KeyRequest? request, AgencyStore agencies, ApiKeyStore keys, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var normalized = AgencyCodes.Normalize(code);
        if (normalized is null || await agencies.FindAsync(normalized, ct) is null)
        {
            return Problem.NotFound(http, "agency_not_found");
        }
        var role = request?.Role ?? Roles.Agency;
        if (!Roles.ForAgencies.Contains(role))
        {
            var errors = new FieldErrors(http.Lang());
            errors.Add("role", "role_for_agency");
            return Problem.Invalid(http, errors);
        }
        return TypedResults.Created((string?)null, await IssueAsync(role, normalized, keys, clock, http, ct));
    }

    public static async Task<Results<Created<KeyResponse>, ValidationProblem>> IssueUnbound(
        KeyRequest request, ApiKeyStore keys, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        if (request.Role is null || !Roles.Unbound.Contains(request.Role))
        {
            var errors = new FieldErrors(http.Lang());
            errors.Add("role", "role_unbound");
            return Problem.Invalid(http, errors);
        }
        return TypedResults.Created((string?)null, await IssueAsync(request.Role, null, keys, clock, http, ct));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Revoke(string prefix, ApiKeyStore keys, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var audit = new AuditEntry { At = clock.GetUtcNow(), Actor = Caller.From(http.User).Actor, Action = "key.revoked", Entity = "api_key", EntityId = prefix };
        return await keys.RevokeAsync(prefix, audit, ct) ? TypedResults.NoContent() : Problem.NotFound(http, "key_not_found");
    }

    private static async Task<KeyResponse> IssueAsync(string role, string? agencyCode, ApiKeyStore keys, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var (key, prefix) = ApiKeySecret.Generate();
        var now = clock.GetUtcNow();
        var stored = new ApiKey { Prefix = prefix, Hash = ApiKeySecret.Hash(key), Role = role, AgencyCode = agencyCode, CreatedAt = now };
        var audit = new AuditEntry
        {
            At = now,
            Actor = Caller.From(http.User).Actor,
            AgencyCode = agencyCode,
            Action = "key.issued",
            Entity = "api_key",
            EntityId = prefix,
            Details = role,
        };
        await keys.AddAsync(stored, audit, ct);
        return new KeyResponse(key, prefix, role, agencyCode);
    }
}

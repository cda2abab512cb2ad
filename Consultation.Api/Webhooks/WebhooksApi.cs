using Consultation.Api.Auth;
using Consultation.Api.Idempotency;
using Consultation.Api.Problems;
using Consultation.Core.Agencies;
using Consultation.Core.Auditing;
using Consultation.Core.Auth;
using Consultation.Core.Webhooks;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Consultation.Api.Webhooks;

/// <summary>
/// Webhook endpoints of agencies' e-office systems. An agency manages its own; the admin any agency's.
/// Another agency's endpoint is reported as not found, as another agency's consultation is.
/// </summary>
public static class WebhooksApi
{
    private static readonly SecretResponse Secret = new("secret", "id", "webhook_secret_shown_once");

    public static IEndpointRouteBuilder MapWebhooksApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/webhooks").WithTags("Webhooks").RequireAuthorization(Policies.WebhookOwner);
        group.MapPost("/", Register).WithMetadata(Secret).WithSummary("Đăng ký địa chỉ nhận webhook (khóa bí mật chỉ hiển thị một lần)");
        group.MapGet("/", List).WithSummary("Các địa chỉ nhận webhook của cơ quan");
        group.MapDelete("/{id:guid}", Delete).WithSummary("Xóa địa chỉ nhận webhook");
        group.MapPost("/{id:guid}/rotate-secret", RotateSecret).WithMetadata(Secret).WithSummary("Đổi khóa bí mật ký webhook (chỉ hiển thị một lần)");
        group.MapGet("/{id:guid}/deliveries", Deliveries).WithSummary("Nhật ký gửi webhook đến địa chỉ này");
        group.MapPost("/deliveries/{id:guid}/redrive", WebhookRedrive.Redrive).RequireAuthorization(Policies.Admin)
            .WithSummary("Gửi lại một lần gửi webhook đã thất bại (quản trị)");
        return routes;
    }

    public static async Task<Results<Created<WebhookResponse>, ValidationProblem, ProblemHttpResult>> Register(
        WebhookRequest request, WebhookEndpoints endpoints, WebhookSecret secrets, AgencyStore agencies, IOptions<WebhookOptions> options,
        TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var errors = new FieldErrors(http.Lang());
        var agencyCode = await OwnerAsync(caller, request.AgencyCode, agencies, errors, ct);
        var valid = WebhookValidation.Validate(request, options.Value, errors);
        if (agencyCode is null || valid is not { } endpoint)
        {
            return Problem.Invalid(http, errors);
        }
        var now = clock.GetUtcNow();
        var registered = new WebhookEndpoint { Id = Guid.CreateVersion7(now), AgencyCode = agencyCode, Url = endpoint.Url, EventTypes = endpoint.EventTypes, CreatedAt = now };
        var secret = WebhookSecret.Generate();
        var audit = Audit(caller, now, agencyCode, "webhook.registered", registered.Id, registered.Url);
        if (!await endpoints.AddAsync(registered, secrets.Protect(secret), options.Value.MaxEndpointsPerAgency, audit, ct))
        {
            return Problem.Of(http, StatusCodes.Status409Conflict, "webhook_limit", options.Value.MaxEndpointsPerAgency);
        }
        return TypedResults.Created($"/api/v1/webhooks/{registered.Id}", WebhookResponse.From(registered, secret));
    }

    /// <summary>The caller's endpoints; the admin sees every agency's, or one agency's with <c>?agency=</c>.</summary>
    public static async Task<Results<Ok<WebhookResponse[]>, ValidationProblem>> List(string? agency, WebhookEndpoints endpoints, HttpContext http, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var code = agency is null ? null : AgencyCodes.Normalize(agency);
        if (agency is not null && code is null)
        {
            // A code that cannot be an agency's is refused, not read as no filter, which would list every agency's endpoints.
            var errors = new FieldErrors(http.Lang());
            errors.Add("agency", "invalid_code");
            return Problem.Invalid(http, errors);
        }
        var scope = caller.Role == Roles.Admin ? code : caller.AgencyCode;
        return TypedResults.Ok((await endpoints.ListAsync(scope, ct)).Select(e => WebhookResponse.From(e)).ToArray());
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(Guid id, WebhookEndpoints endpoints, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var audit = Audit(caller, clock.GetUtcNow(), caller.AgencyCode, "webhook.deleted", id, null);
        return await endpoints.DeleteAsync(id, Scope(caller), audit, ct) ? TypedResults.NoContent() : Problem.NotFound(http, "webhook_not_found");
    }

    public static async Task<Results<Ok<WebhookResponse>, ProblemHttpResult>> RotateSecret(
        Guid id, WebhookEndpoints endpoints, WebhookSecret secrets, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var endpoint = await endpoints.FindAsync(id, Scope(caller), ct);
        var secret = WebhookSecret.Generate();
        var audit = Audit(caller, clock.GetUtcNow(), endpoint?.AgencyCode, "webhook.secret_rotated", id, null);
        if (endpoint is null || !await endpoints.RotateSecretAsync(id, Scope(caller), secrets.Protect(secret), audit, ct))
        {
            return Problem.NotFound(http, "webhook_not_found");
        }
        return TypedResults.Ok(WebhookResponse.From(endpoint, secret));
    }

    public static async Task<Results<Ok<DeliveryLogEntry[]>, ProblemHttpResult>> Deliveries(
        Guid id, WebhookEndpoints endpoints, WebhookOutbox outbox, HttpContext http, CancellationToken ct)
    {
        if (await endpoints.FindAsync(id, Scope(Caller.From(http.User)), ct) is null)
        {
            return Problem.NotFound(http, "webhook_not_found");
        }
        return TypedResults.Ok((await outbox.LogAsync(id, 100, ct)).ToArray());
    }

    /// <summary>Whose endpoints the caller manages: an agency its own, the admin everyone's (null).</summary>
    private static string? Scope(Caller caller) => caller.Role == Roles.Admin ? null : caller.AgencyCode;

    private static async Task<string?> OwnerAsync(Caller caller, string? requested, AgencyStore agencies, FieldErrors errors, CancellationToken ct)
    {
        var code = requested is null ? null : AgencyCodes.Normalize(requested);
        if (caller.Role != Roles.Admin)
        {
            if (requested is not null && code != caller.AgencyCode)
            {
                errors.Add("agencyCode", "webhook_agency_own");
                return null;
            }
            return caller.AgencyCode;
        }
        if (requested is null)
        {
            errors.Add("agencyCode", "webhook_agency_required");
            return null;
        }
        if (code is null || await agencies.FindAsync(code, ct) is null)
        {
            errors.Add("agencyCode", "agency_unknown", requested);
            return null;
        }
        return code;
    }

    private static AuditEntry Audit(Caller caller, DateTimeOffset at, string? agencyCode, string action, Guid id, string? details) => new()
    {
        At = at,
        Actor = caller.Actor,
        AgencyCode = agencyCode,
        Action = action,
        Entity = "webhook_endpoint",
        EntityId = id.ToString(),
        Details = details,
    };
}

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
        group.MapPost("/", Register).WithName("RegisterWebhook").WithMetadata(Secret)
            .WithSummary("Đăng ký địa chỉ nhận webhook (khóa bí mật chỉ hiển thị một lần)")
            .WithDescription("Cơ quan đăng ký một địa chỉ https nhận thông báo cho các loại sự kiện đã chọn; quản trị đăng ký thay cơ quan và nêu agencyCode. "
                + "Phản hồi 201 có khóa bí mật whsec_… để kiểm tra chữ ký (tiêu đề webhook-signature); khóa chỉ hiển thị một lần, "
                + "gửi lại với cùng Idempotency-Key trả 409 webhook_secret_shown_once kèm mã địa chỉ. "
                + "Mỗi cơ quan có tối đa Webhooks:MaxEndpointsPerAgency địa chỉ (409 webhook_limit).")
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/", List).WithName("ListWebhooks").WithSummary("Các địa chỉ nhận webhook của cơ quan")
            .WithDescription("Cơ quan xem các địa chỉ của mình; quản trị xem của mọi cơ quan, hoặc của một cơ quan với ?agency=mã. "
                + "Mã sai định dạng trả 400. Danh sách không bao giờ chứa khóa bí mật (secret luôn là null).");
        group.MapDelete("/{id:guid}", Delete).WithName("DeleteWebhook").WithSummary("Xóa địa chỉ nhận webhook")
            .WithDescription("Xóa địa chỉ nhận webhook; các lần gửi đến địa chỉ này đang chờ hoặc đã thất bại được hủy (cancelled). "
                + "Địa chỉ của cơ quan khác được coi như không tồn tại (404).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id:guid}/rotate-secret", RotateSecret).WithName("RotateWebhookSecret").WithMetadata(Secret)
            .WithSummary("Đổi khóa bí mật ký webhook (chỉ hiển thị một lần)")
            .WithDescription("Cấp khóa bí mật whsec_… mới cho địa chỉ; từ lần gửi kế tiếp, chữ ký dùng khóa mới. Khóa mới chỉ hiển thị một lần trong phản hồi này; "
                + "gửi lại với cùng Idempotency-Key trả 409 webhook_secret_shown_once.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id:guid}/deliveries", Deliveries).WithName("ListWebhookDeliveries").WithSummary("Nhật ký gửi webhook đến địa chỉ này")
            .WithDescription("100 lần gửi gần nhất đến địa chỉ này, mới nhất trước: trạng thái (pending, delivered, failed, cancelled), "
                + "số lần thử, mã phản hồi và lỗi gần nhất, từng lần thử.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/deliveries/{id:guid}/redrive", WebhookRedrive.Redrive).WithName("RedriveWebhookDelivery").RequireAuthorization(Policies.Admin)
            .WithSummary("Gửi lại một lần gửi webhook đã thất bại (quản trị)")
            .WithDescription("Đưa một lần gửi đã thất bại (failed) về chờ gửi lại, với cùng webhook-id và thời hạn thử lại mới; được ghi nhật ký. "
                + "Lần gửi không ở trạng thái failed trả 404.")
            .ProducesProblem(StatusCodes.Status404NotFound);
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

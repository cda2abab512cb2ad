using Consultation.Api.Auth;
using Consultation.Api.Idempotency;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Consultation.Api.OpenApi;

/// <summary>
/// The responses that come from the pipeline rather than from a handler, so no handler's signature
/// shows them: the key check (401), a role the policy refuses (403), the rate limit (429), a database
/// that cannot be reached (503), a body that cannot be read (400, 413, 415), and a POST's
/// Idempotency-Key (409 while the first is running or a key was shown once, 422 for another body).
/// </summary>
public sealed class CommonResponses : IOpenApiOperationTransformer
{
    public const string ProblemJson = "application/problem+json";

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var policies = metadata.OfType<IAuthorizeData>().Select(a => a.Policy).ToList();
        if (policies.Count == 0 || metadata.OfType<IAllowAnonymous>().Any())
        {
            return Task.CompletedTask;
        }
        operation.Responses ??= [];
        Add(operation, context, 401, "unauthorized", "Thiếu khóa API, khóa sai hoặc đã thu hồi, hoặc cơ quan của khóa đã ngừng hoạt động.");
        if (policies.Any(p => p != Policies.Authenticated))
        {
            Add(operation, context, 403, "forbidden", "Vai trò của khóa không được thực hiện thao tác này.");
        }
        if (operation.RequestBody is not null)
        {
            Add(operation, context, 400, "malformed_json", "Nội dung gửi lên không hợp lệ.");
            Add(operation, context, 413, "payload_too_large", "Nội dung gửi lên vượt quá dung lượng cho phép (Api:MaxBodyBytes).");
            Add(operation, context, 415, "unsupported_media_type", "Nội dung không phải application/json, hoặc không mã hóa UTF-8.");
        }
        if (context.Description.HttpMethod == HttpMethods.Post)
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = IdempotencyMiddleware.Header,
                In = ParameterLocation.Header,
                Description = "Tùy chọn: gửi lại cùng khóa (cùng nội dung) nhận lại phản hồi đầu tiên, có tiêu đề Idempotent-Replayed: true; "
                    + "1 đến 128 ký tự in được; lưu 24 giờ.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = 128 },
                Example = "2f6d1c0e-7b1a-4c55-9d7e-3a8f0b6c2d41",
            });
            Add(operation, context, 400, "idempotency_key_invalid", "Idempotency-Key không hợp lệ.");
            Add(operation, context, 409, "idempotency_in_progress", "Yêu cầu đầu tiên với cùng Idempotency-Key đang được xử lý.");
            Add(operation, context, 422, "idempotency_mismatch", "Idempotency-Key đã dùng cho một yêu cầu có nội dung khác.");
        }
        Add(operation, context, 429, "rate_limited", "Khóa API gửi quá nhiều yêu cầu trong một phút (Api:RequestsPerMinute); thử lại sau Retry-After giây.",
            retryAfter: true);
        Add(operation, context, 503, "database_unavailable", "Cơ sở dữ liệu tạm thời không truy cập được; không có gì được ghi nhận, gửi lại sau Retry-After giây.",
            retryAfter: true);
        return Task.CompletedTask;
    }

    /// <summary>Adds the response unless the handler already declares one with this status.</summary>
    private static void Add(OpenApiOperation operation, OpenApiOperationTransformerContext context, int status, string code, string description,
        bool retryAfter = false)
    {
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (operation.Responses!.ContainsKey(key))
        {
            return;
        }
        var response = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                [ProblemJson] = new()
                {
                    Schema = new OpenApiSchemaReference(nameof(Microsoft.AspNetCore.Mvc.ProblemDetails), context.Document),
                    Example = ProblemExample.Of(status, code),
                },
            },
        };
        if (retryAfter)
        {
            response.Headers = new Dictionary<string, IOpenApiHeader>
            {
                ["Retry-After"] = new OpenApiHeader
                {
                    Description = "Số giây nên chờ trước khi gửi lại.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.Integer },
                },
            };
        }
        operation.Responses!.Add(key, response);
    }
}

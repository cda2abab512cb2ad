using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Consultation.Api.OpenApi;

/// <summary>
/// Every problem carries a machine <c>code</c> and a <c>traceId</c> besides RFC 9457's members, and RFC 9457
/// lets a problem carry more; the schemas generated from the .NET types say neither.
/// </summary>
public sealed class ProblemSchemas : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if (type != typeof(ProblemDetails) && type != typeof(HttpValidationProblemDetails))
        {
            return Task.CompletedTask;
        }
        schema.Properties ??= new Dictionary<string, IOpenApiSchema>();
        schema.Properties["code"] = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Description = "Mã lỗi cố định cho máy đọc, ví dụ validation, consultation_not_found, already_answered.",
        };
        schema.Properties["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Mã truy vết, để báo bộ phận vận hành." };
        schema.AdditionalPropertiesAllowed = true;
        schema.AdditionalProperties = null;
        return Task.CompletedTask;
    }
}

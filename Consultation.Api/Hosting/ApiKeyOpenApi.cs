using Consultation.Api.Auth;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Consultation.Api.Hosting;

/// <summary>Declares the X-Api-Key scheme so the reference page can send a key with its requests.</summary>
public sealed class ApiKeyOpenApi : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "Consultation API — lấy ý kiến phối hợp";
        document.Info.Description =
            "Các cơ quan mở văn bản lấy ý kiến và trả lời đúng hạn, rõ quan điểm (Chỉ thị của Chủ tịch UBND tỉnh Đắk Lắk ngày 08/11/2024, mục 1(i)). "
            + "Xác thực bằng khóa API trong tiêu đề X-Api-Key.";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[ApiKeyAuthentication.SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKeyAuthentication.Header,
            Description = "Khóa API của cơ quan, quản trị hoặc vận hành.",
        };
        document.Security ??= [];
        document.Security.Add(new OpenApiSecurityRequirement
        {
            [new OpenApiSecuritySchemeReference(ApiKeyAuthentication.SchemeName, document)] = [],
        });
        return Task.CompletedTask;
    }
}

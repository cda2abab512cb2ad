using Microsoft.OpenApi;

namespace Consultation.Api.OpenApi;

public static class FileResponses
{
    /// <summary>
    /// Documents that the 200 response also comes as files of these types. Produces() would replace the
    /// JSON body the handler's result type declares, rather than add to it.
    /// </summary>
    public static RouteHandlerBuilder AlsoAsFiles(this RouteHandlerBuilder endpoint, params string[] contentTypes) =>
        endpoint.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            if (operation.Responses?.TryGetValue("200", out var ok) == true && ok.Content is { } content)
            {
                foreach (var type in contentTypes)
                {
                    content[type] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } };
                }
            }
            return Task.CompletedTask;
        });
}

namespace Consultation.Api.Problems;

/// <summary>
/// Rejects bodies over the limit before anything reads them. Kestrel enforces the same limit on
/// bodies without a Content-Length; this gives every host the same Vietnamese 413.
/// </summary>
public sealed class RequestLimits(RequestDelegate next, Microsoft.Extensions.Options.IOptions<ApiOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var limit = options.Value.MaxBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            await ProblemWriter.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, "payload_too_large", null, limit);
            return;
        }
        var sizeFeature = context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>();
        if (sizeFeature is { IsReadOnly: false })
        {
            sizeFeature.MaxRequestBodySize = limit;
        }
        await next(context);
    }

    public static long MaxBodyBytes(HttpContext context) =>
        context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<ApiOptions>>().Value.MaxBodyBytes;
}

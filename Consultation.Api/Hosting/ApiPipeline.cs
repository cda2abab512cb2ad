using Consultation.Api.Agencies;
using Consultation.Api.Assessments;
using Consultation.Api.Auth;
using Consultation.Api.Calendar;
using Consultation.Api.Consultations;
using Consultation.Api.Demo;
using Consultation.Api.Idempotency;
using Consultation.Api.Keys;
using Consultation.Api.Ops;
using Consultation.Api.Portal;
using Consultation.Api.Problems;
using Consultation.Api.Reports;
using Consultation.Api.Webhooks;
using Consultation.Core.Data;
using Consultation.Hosting;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;

namespace Consultation.Api.Hosting;

public static class ApiPipeline
{
    /// <summary>Applies the schema and, for the embedded default, seeds the demo agencies before serving.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        if (!string.IsNullOrEmpty(app.Services.GetRequiredService<IOptions<AuthOptions>>().Value.BootstrapAdminKey))
        {
            app.Logger.LogWarning(
                "Auth:BootstrapAdminKey is set: an administrator key accepted from configuration, which cannot be revoked. "
                + "Issue a stored admin key (POST /api/v1/keys) and remove the setting.");
        }
        var database = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        if (database.MigrateOnStart)
        {
            app.Services.GetRequiredService<SchemaMigrator>().Migrate();
        }
        var demo = app.Services.GetRequiredService<IOptions<DemoOptions>>().Value;
        if (demo.Seed ?? database.Provider == DatabaseProvider.Sqlite)
        {
            await app.Services.GetRequiredService<DemoSeeder>().SeedAsync(demo.KeysFile!);
        }
    }

    public static WebApplication UseConsultationApi(this WebApplication app)
    {
        // First, so everything after (rate limits, cookies, problems) sees the client and scheme the proxy saw.
        app.UseForwardedHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages(context => context.HttpContext.Response.StatusCode switch
        {
            404 => ProblemWriter.WriteAsync(context.HttpContext, 404, "not_found"),
            405 => ProblemWriter.WriteAsync(context.HttpContext, 405, "method_not_allowed"),
            // The JSON binder answers a body found too large only while it is read (chunked) with a bare 413.
            413 => ProblemWriter.WriteAsync(context.HttpContext, 413, "payload_too_large", null, RequestLimits.MaxBodyBytes(context.HttpContext)),
            415 => ProblemWriter.WriteAsync(context.HttpContext, 415, "unsupported_media_type"),
            var status => ProblemWriter.WriteAsync(context.HttpContext, status, "bad_request"),
        });
        app.UseMiddleware<RequestLimits>();
        app.UseMiddleware<RequestCharset>();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseMiddleware<IdempotencyMiddleware>();

        app.MapConsultationDefaults();
        app.MapOpsPages();
        app.MapPortalPages();
        app.MapOpenApi();
        app.MapScalarApiReference(o => o.WithTitle("Consultation API — lấy ý kiến phối hợp"));
        app.MapAgenciesApi();
        app.MapKeysApi();
        app.MapConsultationsApi();
        app.MapAssessmentsApi();
        app.MapCalendarApi();
        app.MapReportsApi();
        app.MapWebhooksApi();
        return app;
    }
}

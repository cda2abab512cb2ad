using Consultation.Api.Auth;

namespace Consultation.Api.Reports;

/// <summary>
/// The consolidated non-cooperation report (item 1(i)) and the scorecards the supervisor follows
/// (item 2). An agency reads its own; the supervisor reads every agency's and the province's.
/// </summary>
public static class ReportsApi
{
    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder routes)
    {
        // An agency's own scorecard is mapped with the agency (AgenciesApi).
        routes.MapGroup("/api/v1/reports").WithTags("Reports").RequireAuthorization(Policies.Reader)
            .MapGet("/non-cooperation", NonCooperationReportApi.Get)
            .WithSummary("Báo cáo tổng hợp tình hình phối hợp trả lời văn bản lấy ý kiến (JSON, Word hoặc Excel)");
        routes.MapGroup("/api/v1/scorecards").WithTags("Reports").RequireAuthorization(Policies.Reader)
            .MapGet("/", ScorecardsApi.Ranked)
            .WithSummary("Xếp hạng kết quả phối hợp của các cơ quan, đơn vị (Sở Nội vụ)");
        return routes;
    }
}

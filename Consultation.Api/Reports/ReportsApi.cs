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
        var group = routes.MapGroup("/api/v1").WithTags("Reports").RequireAuthorization(Policies.Reader);
        group.MapGet("/reports/non-cooperation", NonCooperationReportApi.Get)
            .WithSummary("Báo cáo tổng hợp tình hình phối hợp trả lời văn bản lấy ý kiến (JSON, Word hoặc Excel)");
        group.MapGet("/agencies/{code}/scorecard", ScorecardsApi.ForAgency)
            .WithSummary("Kết quả phối hợp của một cơ quan: tỷ lệ đúng hạn, thời gian trả lời, câu trả lời chung chung, theo tháng");
        group.MapGet("/scorecards", ScorecardsApi.Ranked)
            .WithSummary("Xếp hạng kết quả phối hợp của các cơ quan, đơn vị (Sở Nội vụ)");
        return routes;
    }
}

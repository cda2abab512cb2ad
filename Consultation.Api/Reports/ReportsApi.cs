using Consultation.Api.Auth;
using Consultation.Api.OpenApi;
using Consultation.Core.Reports;

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
            .MapGet("/non-cooperation", NonCooperationReportApi.Get).WithName("GetNonCooperationReport")
            .WithSummary("Báo cáo tổng hợp tình hình phối hợp trả lời văn bản lấy ý kiến (JSON, Word hoặc Excel)")
            .WithDescription("Báo cáo của đơn vị chủ trì (lead, mặc định: đơn vị của khóa; all: toàn tỉnh, chỉ Sở Nội vụ) cho kỳ from–to; "
                + "format = json (mặc định), docx (thể thức Nghị định 30/2020/NĐ-CP) hoặc xlsx.")
            .AlsoAsFiles(ReportFiles.DocxType, ReportFiles.XlsxType)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        routes.MapGroup("/api/v1/scorecards").WithTags("Reports").RequireAuthorization(Policies.Reader)
            .MapGet("/", ScorecardsApi.Ranked).WithName("RankScorecards")
            .WithSummary("Xếp hạng kết quả phối hợp của các cơ quan, đơn vị (Sở Nội vụ)")
            .WithDescription("Mọi cơ quan được lấy ý kiến trong kỳ from–to, xếp theo tỷ lệ trả lời đúng hạn; chỉ khóa giám sát (Sở Nội vụ).")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return routes;
    }
}

using Consultation.Core.Calendar;
using Consultation.Core.Operations;
using Consultation.Core.Reports;
using Microsoft.AspNetCore.Antiforgery;
using static Consultation.Api.Portal.PortalHtml;

namespace Consultation.Api.Portal;

/// <summary>
/// The supervisor's (Sở Nội vụ) picture of the province: each agency's on-time rate over the last six
/// months, the worst cases to follow up, and the reports the worker stored each month.
/// </summary>
public static class PortalDashboard
{
    public const int Months = 6;
    private const int Worst = 10;
    private const int StoredShown = 36;

    public static async Task<IResult> Show(
        HttpContext http, Scorecards scorecards, OverdueAssignments overdue, ReportStore stored, IWorkingCalendar calendar,
        IAntiforgery antiforgery, TimeProvider clock, string? lang, CancellationToken ct)
    {
        var viewer = PortalViewer.From(http.User);
        if ((PortalRefusals.LinkSession(http, viewer) ?? PortalRefusals.NotSupervisor(http, viewer)) is { } refused)
        {
            return refused;
        }
        var t = PortalApi.Text(http, lang);
        var now = clock.GetUtcNow();
        var period = LastMonths(VietnamTime.DateOf(now));
        var trends = await scorecards.TrendsAsync(period, ct);
        var body = $"""
            <h1>{E(t.T("Theo dõi tình hình phối hợp toàn tỉnh", "Province-wide cooperation"))}</h1>
            <p class="meta">{E(t.T(
                $"Các yêu cầu lấy ý kiến có hạn trả lời từ {Day(period.From)} đến {Day(period.To)}; số liệu tính đến {Time(now, t)}.",
                $"Requests due from {Day(period.From)} to {Day(period.To)}; figures as of {Time(now, t)}."))}</p>
            <h2 id="trend">{E(t.T("Tỷ lệ trả lời đúng hạn theo tháng", "On-time rate by month"))}</h2>
            {PortalTrendChart.Svg(trends, t)}
            {PortalTrendTable.Html(trends, t)}
            <h2 id="worst">{E(t.T("Các trường hợp cần đôn đốc", "Cases to follow up"))}</h2>
            {PortalWorstCases.LowestRates(trends, Worst, t)}
            {PortalWorstCases.Overdue(await overdue.LongestAsync(now, Worst, ct), now, calendar, t)}
            <h2 id="monthly">{E(t.T("Báo cáo định kỳ hằng tháng", "Monthly reports"))}</h2>
            {PortalStoredReports.Html(await stored.RecentAsync(StoredShown, ct), t)}
            """;
        return PortalApi.Html(http, Page(t, t.T("Theo dõi toàn tỉnh", "Province dashboard"), body, viewer, antiforgery.GetAndStoreTokens(http)));
    }

    /// <summary>The current month and the five before it, whole: requests due later this month show as still in term.</summary>
    public static ReportPeriod LastMonths(DateOnly today)
    {
        var first = new DateOnly(today.Year, today.Month, 1);
        return new ReportPeriod(first.AddMonths(1 - Months), first.AddMonths(1).AddDays(-1));
    }
}

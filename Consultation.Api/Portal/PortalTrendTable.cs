using System.Globalization;
using System.Text;
using Consultation.Core.Reports;
using static Consultation.Api.Portal.PortalHtml;

namespace Consultation.Api.Portal;

/// <summary>The chart's figures as a real table, so the chart is never the only carrier of the numbers.</summary>
public static class PortalTrendTable
{
    public static string Html(IReadOnlyList<AgencyTrend> trends, PortalText t)
    {
        if (trends.Count == 0)
        {
            return "";
        }
        var label = t.T("Bảng tỷ lệ trả lời đúng hạn theo tháng", "On-time rate by month, as a table");
        var html = new StringBuilder().Append(CultureInfo.InvariantCulture, $"""
            <div class="scroll" tabindex="0" role="region" aria-label="{E(label)}"><table class="trend">
            <caption>{E(label)}</caption>
            <thead><tr><th scope="col">{E(t.T("Cơ quan, đơn vị", "Agency"))}</th>
            """);
        foreach (var month in trends[0].Months)
        {
            html.Append(CultureInfo.InvariantCulture, $"""<th scope="col">{E(t.T("Tháng", "Month"))} {E(Month(month.Month))}</th>""");
        }
        html.Append(CultureInfo.InvariantCulture, $"""<th scope="col">{E(t.T("Cả kỳ", "Whole period"))}</th></tr></thead><tbody>""");
        foreach (var trend in trends)
        {
            html.Append(CultureInfo.InvariantCulture, $"""<tr><th scope="row">{E(trend.Name)} ({E(trend.Code)})</th>""");
            foreach (var month in trend.Months)
            {
                var due = month.OnTime + month.Late + month.Overdue + month.DeemedAgreed;
                html.Append(CultureInfo.InvariantCulture, $"""<td>{E(PortalWords.Rate(month.OnTimeRate, t))}{(due == 0 ? "" : $" <span class=\"meta\">({month.OnTime}/{due})</span>")}</td>""");
            }
            html.Append(CultureInfo.InvariantCulture, $"<td><b>{E(PortalWords.Rate(trend.OnTimeRate, t))}</b></td></tr>");
        }
        return html.Append(CultureInfo.InvariantCulture, $"""
            </tbody></table></div>
            <p class="hint">{E(t.T(
                "Tỷ lệ đúng hạn = số yêu cầu trả lời đúng hạn / số yêu cầu đã đến hạn (trong ngoặc); tháng tính theo hạn trả lời.",
                "On-time rate = requests answered on time / requests that came due (in brackets); a request counts in the month it was due."))}</p>
            """).ToString();
    }

    /// <summary>"2026-11" as "11/2026".</summary>
    private static string Month(string month) => month.Length == 7 ? $"{month[5..]}/{month[..4]}" : month;
}

using System.Globalization;
using System.Text;
using Consultation.Api.Reports;
using Consultation.Core.Reports;
using static Consultation.Api.Portal.PortalHtml;

namespace Consultation.Api.Portal;

/// <summary>
/// Each agency's on-time rate per month as an inline SVG grouped-bar chart: one row an agency, one bar a
/// month. No script, no style attribute (the pages' security policy allows none); the table below it
/// carries the same figures for screen readers and for anyone who wants the counts.
/// </summary>
public static class PortalTrendChart
{
    private const int Label = 72;
    private const int Slot = 34;
    private const int Bar = 26;
    private const int Header = 22;
    private const int Row = 58;
    private const int Tallest = 30;

    public static string Svg(IReadOnlyList<AgencyTrend> trends, PortalText t)
    {
        if (trends.Count == 0)
        {
            return $"<p>{E(t.T("Chưa có yêu cầu lấy ý kiến nào đến hạn trong sáu tháng qua.", "No request came due in the last six months."))}</p>";
        }
        var months = trends[0].Months;
        var width = Label + months.Count * Slot + 8;
        var height = Header + trends.Count * Row;
        // Drawn at 1.6 times its units on a wide screen; the style sheet shrinks it to a phone's width.
        var svg = new StringBuilder().Append(CultureInfo.InvariantCulture, $"""
            <figure class="chart-box"><svg class="chart" role="img" aria-labelledby="trend-title trend-desc" viewBox="0 0 {width} {height}" width="{width * 8 / 5}" height="{height * 8 / 5}" xmlns="http://www.w3.org/2000/svg">
            <title id="trend-title">{E(t.T("Biểu đồ tỷ lệ trả lời đúng hạn của từng cơ quan theo tháng", "Chart of each agency's on-time rate by month"))}</title>
            <desc id="trend-desc">{E(t.T(
                "Mỗi hàng là một cơ quan, mỗi cột là một tháng; cột càng cao tỷ lệ đúng hạn càng cao. Số liệu đầy đủ ở bảng ngay sau biểu đồ.",
                "One row per agency, one bar per month; the taller the bar, the higher the on-time rate. The table after the chart has every figure."))}</desc>
            """);
        for (var m = 0; m < months.Count; m++)
        {
            svg.Append(CultureInfo.InvariantCulture,
                $"""<text x="{Label + m * Slot + Bar / 2}" y="14" font-size="10" text-anchor="middle" fill="#4a5563">{E(MonthShort(months[m].Month))}</text>""");
        }
        for (var i = 0; i < trends.Count; i++)
        {
            AppendRow(svg, trends[i], Header + i * Row, t);
        }
        return svg.Append("</svg>").Append(CultureInfo.InvariantCulture, $"""
            <figcaption class="hint">{E(t.T(
                "Xanh: từ 90% trở lên; cam: từ 70% đến dưới 90%; đỏ: dưới 70%; gạch ngang: tháng không có yêu cầu đến hạn.",
                "Green: 90% or more; orange: 70% to under 90%; red: under 70%; a dash: nothing came due that month."))}</figcaption></figure>
            """).ToString();
    }

    private static void AppendRow(StringBuilder svg, AgencyTrend trend, int top, PortalText t)
    {
        var baseline = top + Row - 12;
        svg.Append(CultureInfo.InvariantCulture,
            $"""<text x="0" y="{baseline - 8}" font-size="12" fill="#1d2733">{E(Clip(trend.Code))}</text>""");
        svg.Append(CultureInfo.InvariantCulture,
            $"""<line x1="{Label - 4}" y1="{baseline}" x2="{Label + trend.Months.Count * Slot}" y2="{baseline}" stroke="#6b7684" stroke-width="1"/>""");
        for (var m = 0; m < trend.Months.Count; m++)
        {
            var month = trend.Months[m];
            var x = Label + m * Slot;
            if (month.OnTimeRate is not { } rate)
            {
                svg.Append(CultureInfo.InvariantCulture, $"""<text x="{x + Bar / 2}" y="{baseline - 3}" font-size="10" text-anchor="middle" fill="#4a5563">–</text>""");
                continue;
            }
            var height = Math.Max(1, (int)Math.Round(rate * Tallest));
            var colour = OnTimeBands.Of(rate) switch { OnTimeBand.Good => "#067647", OnTimeBand.Fair => "#b54708", _ => "#b42318" };
            var due = month.OnTime + month.Late + month.Overdue + month.DeemedAgreed;
            svg.Append(CultureInfo.InvariantCulture, $"""
                <rect x="{x}" y="{baseline - height}" width="{Bar}" height="{height}" fill="{colour}"><title>{E(trend.Code)}, {E(MonthShort(month.Month))}: {E(PortalWords.Rate(rate, t))} ({month.OnTime}/{due})</title></rect>
                <text x="{x + Bar / 2}" y="{baseline - height - 3}" font-size="9" text-anchor="middle" fill="#1d2733">{E(PortalWords.Rate(rate, t))}</text>
                """);
        }
    }

    /// <summary>"2026-11" as "11/26": six of them fit a phone's width.</summary>
    public static string MonthShort(string month) => month.Length == 7 ? $"{month[5..]}/{month[2..4]}" : month;

    // Agency codes are short by rule; a long one is cut rather than run into the bars.
    private static string Clip(string code) => code.Length > 10 ? code[..9] + "…" : code;
}

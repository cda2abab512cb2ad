using System.Globalization;
using System.Text;
using Consultation.Api.Reports;
using Consultation.Core.Operations;
using static Consultation.Api.Ops.OpsHtml;

namespace Consultation.Api.Ops;

/// <summary>Per-agency on-time rates as an inline SVG bar chart: no script, no build step.</summary>
public static class OpsChart
{
    private const int BarHeight = 18;
    private const int LabelWidth = 120;
    private const int BarWidth = 300;

    public static string OnTime(IReadOnlyList<AgencyOnTimeRate> rates, OpsText t)
    {
        var title = $"<h2>{E(t.T("Tỷ lệ trả lời đúng hạn theo cơ quan", "On-time rate by agency"))}</h2>";
        if (rates.Count == 0)
        {
            return title + $"<p>{E(t.T("Chưa có dữ liệu.", "No data yet."))}</p>";
        }
        var height = rates.Count * (BarHeight + 6) + 6;
        var svg = new StringBuilder().Append(CultureInfo.InvariantCulture, $"""<svg role="img" aria-label="{E(t.T("Tỷ lệ đúng hạn", "On-time rate"))}" width="{LabelWidth + BarWidth + 60}" height="{height}" xmlns="http://www.w3.org/2000/svg">""");
        for (var i = 0; i < rates.Count; i++)
        {
            var rate = rates[i].Rate ?? 0;
            var y = 6 + i * (BarHeight + 6);
            var width = (int)Math.Round(rate * BarWidth);
            var colour = OnTimeBands.Of(rate) switch { OnTimeBand.Good => "#12b76a", OnTimeBand.Fair => "#f79009", _ => "#f04438" };
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="0" y="{y + 13}" font-size="12">{E(rates[i].Code)}</text>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{LabelWidth}" y="{y}" width="{width}" height="{BarHeight}" fill="{colour}"><title>{E(rates[i].OnTime)}/{E(rates[i].Counted)}</title></rect>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{LabelWidth + width + 4}" y="{y + 13}" font-size="12">{rate:P0}</text>""");
        }
        return title + svg.Append("</svg>");
    }
}

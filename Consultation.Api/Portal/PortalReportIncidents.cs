using System.Globalization;
using System.Text;
using Consultation.Core.Reports;
using static Consultation.Api.Portal.PortalHtml;

namespace Consultation.Api.Portal;

/// <summary>
/// The cases behind the counts, agency by agency, each linked to its consultation; in Vietnamese in the
/// words of the Word document, so the page and the file describe a case alike.
/// </summary>
public static class PortalReportIncidents
{
    public static string Html(NonCooperationReport report, PortalText t)
    {
        var withIncidents = report.Agencies.Where(a => a.Incidents.Count > 0).ToList();
        var html = new StringBuilder().Append(CultureInfo.InvariantCulture,
            $"""<h2 id="incidents">{E(t.T("Các trường hợp phối hợp chưa tốt", "Cases of poor cooperation"))}</h2>""");
        if (withIncidents.Count == 0)
        {
            return html.Append(CultureInfo.InvariantCulture, $"<p>{E(t.T("Không có trường hợp nào.", "None."))}</p>").ToString();
        }
        foreach (var agency in withIncidents)
        {
            html.Append(CultureInfo.InvariantCulture, $"""<h3>{E(agency.Name)} ({E(agency.Code)})</h3><ul>""");
            foreach (var i in agency.Incidents)
            {
                html.Append(CultureInfo.InvariantCulture, $"""
                    <li><a href="/portal/consultations/{i.ConsultationId}">{E(i.DocumentNumber)} — {E(i.Title)}</a>
                    <span class="meta">· {E(t.T("hạn", "due"))} {E(ReportText.Due(i.DueAt))}</span><br><span class="{(i.Kind == IncidentKinds.Late ? "warn" : "bad")}">{E(Describe(i, t))}</span></li>
                    """);
            }
            html.Append("</ul>");
        }
        return html.ToString();
    }

    private static string Describe(Incident i, PortalText t) => !t.English ? ReportText.Status(i) : i.Kind switch
    {
        IncidentKinds.Late => $"Answered on {ReportText.Day(i.AnsweredAt!.Value)}, {(i.WorkingDaysLate is > 0 ? $"{i.WorkingDaysLate} working day(s) late" : "late by less than a working day")}",
        IncidentKinds.Overdue => i.WorkingDaysOverdue is > 0
            ? $"Overdue by {i.WorkingDaysOverdue} working day(s), not answered"
            : "Overdue by less than a working day, not answered",
        IncidentKinds.DeemedAgreed => "No answer in time; deemed agreed",
        IncidentKinds.ConfirmedVague => $"Answered on {ReportText.Day(i.AnsweredAt!.Value)}; the lead confirmed it vague"
            + (string.IsNullOrWhiteSpace(i.Note) ? "" : $": {i.Note}"),
        _ => i.Kind,
    };
}

using System.Text;
using Consultation.Core.Calendar;
using Consultation.Core.Consultations;
using Microsoft.AspNetCore.Antiforgery;
using static Consultation.Api.Portal.PortalHtml;

namespace Consultation.Api.Portal;

/// <summary>
/// The agency's inbox: what it must answer, with the deadline and the working days left, and the
/// consultations it leads with their progress. The supervisor starts on the province dashboard.
/// </summary>
public static class PortalInbox
{
    private const int Shown = 100;

    public static async Task<IResult> Show(
        HttpContext http, ConsultationQueries queries, IWorkingCalendar calendar, IAntiforgery antiforgery, TimeProvider clock, string? lang, CancellationToken ct)
    {
        var viewer = PortalViewer.From(http.User);
        if (viewer.Scope is { } scope)
        {
            return Results.Redirect($"/portal/consultations/{scope}");
        }
        if (viewer.IsSupervisor)
        {
            return Results.Redirect("/portal/dashboard");
        }
        var t = PortalApi.Text(http, lang);
        var now = clock.GetUtcNow();
        var me = viewer.AgencyCode;
        var toAnswer = await queries.ListAsync(new ConsultationQuery
        {
            VisibleTo = me,
            ConsultedAgencyCode = me,
            Status = ConsultationStatus.Open,
            Now = now,
            PageSize = Shown,
        }, ct);
        var leading = await queries.ListAsync(new ConsultationQuery
        {
            VisibleTo = me,
            LeadAgencyCode = me,
            Status = ConsultationStatus.Open,
            Now = now,
            PageSize = Shown,
        }, ct);
        var body = $"""
            <h1>{E(t.T("Hộp việc của đơn vị", "Your agency's inbox"))}</h1>
            <h2 id="to-answer">{E(ToAnswerHeading(toAnswer, me, t))}</h2>
            {ToAnswer(toAnswer, me, now, calendar, t)}
            <h2 id="leading">{E(t.T("Văn bản đơn vị chủ trì lấy ý kiến", "Consultations you lead"))} ({leading.Total})</h2>
            {Leading(leading, now, t)}
            """;
        return PortalApi.Html(http, Page(t, t.T("Hộp việc", "Inbox"), body, viewer, antiforgery.GetAndStoreTokens(http)));
    }

    private static string ToAnswer(ConsultationPage page, string me, DateTimeOffset now, IWorkingCalendar calendar, PortalText t)
    {
        if (page.Items.Count == 0)
        {
            return $"<p>{E(t.T("Không có văn bản nào đang chờ đơn vị trả lời.", "Nothing is waiting for your answer."))}</p>";
        }
        // Those still awaiting an answer first, the most pressing at the top.
        var rows = page.Items
            .Select(c => (Consultation: c, Mine: page.Assignments.First(a => a.ConsultationId == c.Id && a.AgencyCode == me)))
            .OrderByDescending(r => r.Mine.AwaitsAnswer)
            .ThenBy(r => r.Mine.DueAt);
        var html = new StringBuilder("""<ul class="list">""");
        foreach (var (c, mine) in rows)
        {
            html.Append($"""
                <li class="card"><h3><a href="/portal/consultations/{c.Id}">{E(c.DocumentNumber)} — {E(c.Title)}</a></h3>
                <p class="meta">{E(t.T("Đơn vị chủ trì", "Lead agency"))}: {E(c.LeadAgencyCode)} · {E(PortalWords.Status(mine.Status, t))}</p>
                <p>{PortalDeadline.Describe(mine, now, calendar, t)}</p></li>
                """);
        }
        return html.Append("</ul>").Append(More(page, t)).ToString();
    }

    private static string Leading(ConsultationPage page, DateTimeOffset now, PortalText t)
    {
        if (page.Items.Count == 0)
        {
            return $"<p>{E(t.T("Đơn vị không chủ trì văn bản nào đang mở.", "You lead no open consultation."))}</p>";
        }
        var html = new StringBuilder("""<ul class="list">""");
        foreach (var c in page.Items)
        {
            var assignments = page.Assignments.Where(a => a.ConsultationId == c.Id).ToList();
            // Silence taken as agreement is not an answer: counted apart, as the reports count it.
            var answered = assignments.Count(a => a.Status == AssignmentStatus.Answered);
            var deemed = assignments.Count(a => a.Status == AssignmentStatus.DeemedAgreed);
            var overdue = assignments.Count(a => a.IsOverdue(now));
            html.Append($"""
                <li class="card"><h3><a href="/portal/consultations/{c.Id}">{E(c.DocumentNumber)} — {E(c.Title)}</a></h3>
                <p class="meta">{E(t.T($"Đã trả lời {answered}/{assignments.Count} đơn vị", $"{answered} of {assignments.Count} agencies have answered"))}{(deemed > 0 ? $" · {E(t.T($"{deemed} đơn vị coi như thống nhất", $"{deemed} deemed to agree"))}" : "")}{(overdue > 0 ? $""" · <span class="bad">{E(t.T($"{overdue} đơn vị quá hạn", $"{overdue} overdue"))}</span>""" : "")}</p></li>
                """);
        }
        return html.Append("</ul>").Append(More(page, t)).ToString();
    }

    /// <summary>The open requests the agency was consulted on, and how many of them still wait for its answer.</summary>
    private static string ToAnswerHeading(ConsultationPage page, string me, PortalText t)
    {
        var waiting = page.Assignments.Count(a => a.AgencyCode == me && a.AwaitsAnswer && page.Items.Any(c => c.Id == a.ConsultationId));
        return t.T($"Văn bản được lấy ý kiến: {waiting} đang chờ trả lời, {page.Total} đang mở", $"Consultations you were asked on: {waiting} awaiting your answer, {page.Total} open");
    }

    private static string More(ConsultationPage page, PortalText t) => page.Total > page.Items.Count
        ? $"<p class=\"meta\">{E(t.T($"Hiển thị {page.Items.Count} trên {page.Total}; danh sách đầy đủ qua API.", $"Showing {page.Items.Count} of {page.Total}; the full list is in the API."))}</p>"
        : "";
}

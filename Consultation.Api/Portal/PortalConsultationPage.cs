using System.Text;
using Consultation.Api.Consultations;
using Consultation.Core.Calendar;
using Consultation.Core.Consultations;
using Microsoft.AspNetCore.Antiforgery;
using static Consultation.Api.Portal.PortalHtml;

namespace Consultation.Api.Portal;

/// <summary>
/// One consultation as the viewer may see it. What is shown of answers comes from the API's own
/// <see cref="ConsultationResponse.From"/>, so the page and the API apply one visibility rule.
/// </summary>
public static class PortalConsultationPage
{
    public static string Body(
        ConsultationDetail detail, PortalViewer viewer, DateTimeOffset now, IWorkingCalendar calendar, PortalText t, AntiforgeryTokenSet token, PortalPageState state)
    {
        var c = detail.Consultation;
        var me = viewer.IsSupervisor ? null : viewer.AgencyCode;
        var visible = ConsultationResponse.From(c, detail.Assignments, detail.Answers, me, now);
        var isLead = me == c.LeadAgencyCode && !viewer.IsSupervisor;
        var open = c.Status == ConsultationStatus.Open;
        var mine = me is null ? null : detail.AssignmentOf(me);
        var html = new StringBuilder($"""
            <h1>{E(c.DocumentNumber)} — {E(c.Title)}</h1>
            <p class="meta">{E(t.T("Đơn vị chủ trì", "Lead agency"))}: <b>{E(c.LeadAgencyCode)}</b> · {E(t.T("Độ khẩn", "Urgency"))}: {E(PortalWords.Urgency(c.Urgency, t))}
             · {E(t.T("Trạng thái", "Status"))}: {E(PortalWords.ConsultationStatusName(c.Status, t))} · {E(t.T("Gửi lúc", "Sent"))} {E(Time(c.OpenedAt, t))}</p>
            {(c.SilenceMeansConsent ? $"""<p class="meta">{E(t.T("Quá hạn không trả lời được coi là thống nhất với dự thảo.", "No answer by the deadline counts as agreement."))}</p>""" : "")}
            {Notice(state.Notice)}
            {Errors(state, t)}
            <section aria-labelledby="issue-title" class="card"><h2 id="issue-title">{E(t.T("Vấn đề cần xin ý kiến", "The issue"))}</h2><p class="quote">{E(c.Issue)}</p>
            <h2>{E(t.T("Hướng xử lý đề xuất", "Proposed direction"))}</h2><p class="quote">{E(c.ProposedDirection)}</p></section>
            """);
        if (mine is not null && open && mine.AcceptsAnswer && !viewer.IsSupervisor)
        {
            html.Append(PortalAnswerForm.Render(c, mine, now, calendar, t, token, state));
        }
        html.Append($"""<h2 id="consulted">{E(t.T("Các đơn vị được lấy ý kiến", "Agencies consulted"))}</h2>""");
        if (me is not null && !isLead)
        {
            html.Append($"""<p class="hint">{E(t.T("Đơn vị chỉ xem được ý kiến của chính mình; đơn vị chủ trì xem được mọi ý kiến.", "You see your own answers only; the lead agency sees every answer."))}</p>""");
        }
        foreach (var assignment in visible.Assignments)
        {
            var stored = detail.Assignments.First(a => a.AgencyCode == assignment.AgencyCode);
            var redirected = detail.Assignments.Any(x => x.RedirectedFromId == stored.Id);
            html.Append(Assignment(assignment, stored, redirected, isLead && open, now, calendar, t, token));
        }
        if (c.Synthesis is not null)
        {
            html.Append($"""<section class="card" aria-labelledby="synthesis"><h2 id="synthesis">{E(t.T("Tổng hợp, tiếp thu, giải trình", "Synthesis"))}</h2><p class="quote">{E(c.Synthesis)}</p></section>""");
        }
        if (isLead && open)
        {
            html.Append(PortalLeadForms.Close(c.Id, t, token));
        }
        return html.ToString();
    }

    private static string Assignment(
        AssignmentResponse a, Assignment stored, bool redirected, bool leadActs, DateTimeOffset now, IWorkingCalendar calendar, PortalText t, AntiforgeryTokenSet token)
    {
        var html = new StringBuilder($"""
            <article class="card" id="assignment-{E(a.AgencyCode)}" aria-labelledby="assignment-{E(a.AgencyCode)}-title">
            <h3 id="assignment-{E(a.AgencyCode)}-title">{E(a.AgencyCode)} <span class="badge {(a.Overdue ? "bad" : "")}">{E(PortalWords.Status(a.Status, t))}</span></h3>
            <p class="meta">{E(t.T("Lý do lấy ý kiến", "Why consulted"))}: {E(a.Reason)}</p>
            {(a.RedirectedFrom is { } from ? $"""<p class="meta">{E(t.T($"Được chuyển từ {from} (không thuộc thẩm quyền của đơn vị đó).", $"Redirected from {from} (not within its competence)."))}</p>""" : "")}
            <p>{PortalDeadline.Describe(stored, now, calendar, t)}</p>
            """);
        foreach (var answer in a.Answers)
        {
            html.Append(Answer(answer, t));
        }
        if (leadActs)
        {
            html.Append(PortalLeadForms.ForAssignment(stored, a, redirected, t, token));
        }
        return html.Append("</article>").ToString();
    }

    private static string Answer(AnswerResponse answer, PortalText t)
    {
        var competent = answer.CompetentAgencyCode ?? answer.CompetentAgencyName;
        return $"""
            <div class="answer" data-answer="{answer.Id}">
            <p><b>{E(t.T($"Ý kiến lần {answer.Round}", $"Answer, round {answer.Round}"))}</b> — {E(PortalWords.Position(answer.Position, t))}
             · {E(Time(answer.SubmittedAt, t))}{(answer.Late ? $""" · <span class="bad">{E(t.T("trả lời muộn", "late"))}</span>""" : "")}</p>
            <p class="quote">{E(answer.Content)}</p>
            {(answer.LegalBasis is null ? "" : $"""<p class="meta">{E(t.T("Căn cứ pháp lý", "Legal basis"))}: {E(answer.LegalBasis)}</p>""")}
            {(competent is null ? "" : $"""<p class="meta">{E(t.T("Cơ quan có thẩm quyền", "Competent body"))}: {E(competent)}</p>""")}
            {(answer.ReferralRing ? $"""<p class="bad">{E(t.T("Đẩy trách nhiệm vòng quanh: cơ quan được nêu đã ở trong chuỗi chuyển trước đó.", "Responsibility passed in a ring: the body named was already on the chain."))}</p>""" : "")}
            {(answer.Assessment is { } assessment ? PortalAnswerForm.Assessment(assessment, t, heading: t.T("Đánh giá tự động", "Automatic assessment")) : "")}
            {(answer.Review is { } review ? $"""<p>{E(t.T("Đơn vị chủ trì", "Lead agency"))}: <b>{E(PortalWords.Decision(review.Decision, t))}</b>{(review.Note is null ? "" : $" — {E(review.Note)}")}</p>""" : "")}
            </div>
            """;
    }

    private static string Errors(PortalPageState state, PortalText t)
    {
        if (state.Errors.Count == 0)
        {
            return "";
        }
        var items = string.Concat(state.Errors.Select(e => $"<li>{E(e)}</li>"));
        return $"""<div class="notice bad" role="alert" id="error"><p>{E(t.T("Chưa thực hiện được:", "Not done:"))}</p><ul>{items}</ul></div>""";
    }
}

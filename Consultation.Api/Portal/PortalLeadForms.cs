using Consultation.Api.Consultations;
using Consultation.Core.Consultations;
using Microsoft.AspNetCore.Antiforgery;
using static Consultation.Api.Portal.PortalHtml;

namespace Consultation.Api.Portal;

/// <summary>The lead agency's forms on a consultation: review, extension, redirect, close. Core decides whether each is allowed.</summary>
public static class PortalLeadForms
{
    public static string ForAssignment(Assignment stored, AssignmentResponse a, bool redirected, PortalText t, AntiforgeryTokenSet token)
    {
        var code = E(a.AgencyCode);
        var action = $"/portal/consultations/{stored.ConsultationId}/assignments/{Uri.EscapeDataString(a.AgencyCode)}";
        var latest = a.Answers.Count == 0 ? null : a.Answers[^1];
        var forms = "";
        if (latest is not null && latest.Review is null && stored.Status == AssignmentStatus.Answered)
        {
            var decisions = string.Concat(ReviewDecisions.All.Select(d =>
                $"""<span class="choice"><input type="radio" id="{code}-decision-{d}" name="decision" value="{d}" required><label for="{code}-decision-{d}">{E(Decision(d, t))}</label></span> """));
            forms += Details(t.T("Xem xét ý kiến này", "Review this answer"), Form($"{action}/review", token, $"""
                <fieldset><legend>{E(t.T("Quyết định", "Decision"))}</legend>{decisions}</fieldset>
                <label for="{code}-note">{E(t.T("Ghi chú (bắt buộc khi xác nhận chung chung: nêu điểm chưa rõ)", "Note (required when confirming vague: say what falls short)"))}</label>
                <textarea id="{code}-note" name="note"></textarea>
                <label for="{code}-review-days">{E(t.T("Số ngày làm việc để làm rõ (khi đề nghị làm rõ)", "Working days to clarify (when asking for clarification)"))}</label>
                <input type="number" min="1" id="{code}-review-days" name="workingDays" inputmode="numeric">
                """, t.T("Ghi nhận", "Record the review")), $"review-{code}");
        }
        if (latest is not null && latest.Position == Positions.NotCompetent && !redirected && stored.Status == AssignmentStatus.Answered)
        {
            forms += Details(t.T("Chuyển đến cơ quan có thẩm quyền", "Redirect to the competent agency"), Form($"{action}/redirect", token, $"""
                <label for="{code}-redirect-to">{E(t.T("Mã cơ quan nhận (để trống: cơ quan mà ý kiến đã nêu)", "Agency code (blank: the one the answer named)"))}</label>
                <input type="text" id="{code}-redirect-to" name="agencyCode" value="{E(latest.CompetentAgencyCode)}">
                <label for="{code}-redirect-reason">{E(t.T("Lý do lấy ý kiến cơ quan này", "Why this agency is consulted"))}</label>
                <textarea id="{code}-redirect-reason" name="reason" required></textarea>
                <label for="{code}-redirect-days">{E(t.T("Thời hạn (số ngày làm việc)", "Period (working days)"))}</label>
                <input type="number" min="1" id="{code}-redirect-days" name="workingDays" inputmode="numeric" required>
                """, t.T("Chuyển lấy ý kiến", "Redirect")), $"redirect-{code}");
        }
        if (stored.AwaitsAnswer)
        {
            forms += Details(t.T("Gia hạn trả lời", "Extend the deadline"), Form($"{action}/extension", token, $"""
                <label for="{code}-extension-reason">{E(t.T("Lý do gia hạn", "Reason"))}</label>
                <textarea id="{code}-extension-reason" name="reason" required></textarea>
                <label for="{code}-extension-days">{E(t.T("Hạn mới: số ngày làm việc kể từ hôm nay", "New deadline: working days from today"))}</label>
                <input type="number" min="1" id="{code}-extension-days" name="workingDays" inputmode="numeric" required>
                """, t.T("Gia hạn", "Extend")), $"extension-{code}");
        }
        return forms;
    }

    public static string Close(Guid id, PortalText t, AntiforgeryTokenSet token) => $"""
        <section class="card" aria-labelledby="close-title"><h2 id="close-title">{E(t.T("Kết thúc lấy ý kiến", "Close the consultation"))}</h2>
        <p class="hint">{E(t.T("Nội dung tổng hợp, tiếp thu, giải trình ý kiến của các đơn vị; sau khi kết thúc không nhận thêm ý kiến.", "The synthesis of the answers; after closing no answer is taken."))}</p>
        {Form($"/portal/consultations/{id}/close", token, $"""
            <label for="synthesis">{E(t.T("Tổng hợp", "Synthesis"))}</label>
            <textarea id="synthesis" name="synthesis" required></textarea>
            """, t.T("Kết thúc và lưu tổng hợp", "Close with this synthesis"))}
        </section>
        """;

    private static string Details(string summary, string form, string id) =>
        $"""<details id="{id}"><summary>{E(summary)}</summary>{form}</details>""";

    private static string Decision(string decision, PortalText t) => decision switch
    {
        ReviewDecisions.Accept => t.T("Chấp nhận", "Accept"),
        ReviewDecisions.ConfirmVague => t.T("Xác nhận là chung chung", "Confirm it is vague"),
        _ => t.T("Đề nghị làm rõ", "Ask for clarification"),
    };
}

using System.Globalization;
using System.Text;
using Consultation.Api.Consultations;
using Consultation.Core.Calendar;
using Consultation.Core.Consultations;
using Microsoft.AspNetCore.Antiforgery;
using static Consultation.Api.Portal.PortalHtml;

namespace Consultation.Api.Portal;

/// <summary>
/// The consulted agency's answer form. "Xem đánh giá" posts the draft to the same judgement the API's
/// preview runs; with the script on, the assessment follows the typing.
/// </summary>
public static class PortalAnswerForm
{
    public static string Render(
        ConsultationRecord c, Assignment mine, DateTimeOffset now, IWorkingCalendar calendar, PortalText t, AntiforgeryTokenSet token, PortalPageState state)
    {
        var draft = state.Draft;
        var situation = mine.Status switch
        {
            AssignmentStatus.ClarificationRequested => t.T(
                "Đơn vị chủ trì đề nghị làm rõ ý kiến; ý kiến gửi bây giờ là một lần trả lời mới, ý kiến trước vẫn được giữ.",
                "The lead agency asked for clarification; what you send now is a new round, and the earlier answer is kept."),
            AssignmentStatus.DeemedAgreed => t.T(
                "Đã quá hạn và đơn vị được coi là thống nhất. Ý kiến gửi bây giờ vẫn được ghi nhận (trả lời muộn) và đơn vị chủ trì sẽ xem.",
                "The deadline passed and you were deemed to agree. An answer sent now is still recorded (late) and the lead agency sees it."),
            _ => null,
        };
        var positions = new StringBuilder();
        foreach (var position in Positions.All)
        {
            var id = $"position-{position}";
            var checkedAttr = draft?.Position == position ? " checked" : "";
            positions.Append($"""<span class="choice"><input type="radio" id="{id}" name="position" value="{position}" required{checkedAttr}><label for="{id}">{E(PortalWords.Position(position, t))}</label></span> """);
        }
        var assessment = state.Assessment is { } a
            ? Assessment(a, t, t.T("Đánh giá bản nháp (chưa gửi)", "Assessment of the draft (not sent)"))
            : $"""<p class="hint">{E(t.T("Đánh giá sẽ hiện ở đây trước khi gửi.", "The assessment appears here before you send."))}</p>""";
        return $"""
            <section class="card" aria-labelledby="answer-title" id="answer">
            <h2 id="answer-title">{E(t.T("Ý kiến của đơn vị", "Your agency's answer"))}</h2>
            <p>{PortalDeadline.Describe(mine, now, calendar, t)}</p>
            {(situation is null ? "" : $"""<p class="warn">{E(situation)}</p>""")}
            <p class="hint">{E(t.T(
                "Nêu rõ thống nhất hay không thống nhất, trong phạm vi chức năng, nhiệm vụ của đơn vị, kèm căn cứ; không trả lời chung chung, né tránh hay đẩy trách nhiệm.",
                "State clearly whether you agree, within your agency's functions, with the grounds; do not answer generically, evasively or by shifting responsibility."))}</p>
            <form method="post" action="/portal/consultations/{c.Id}/answer" data-live-assessment="/portal/consultations/{c.Id}/assessment">
            {Token(token)}
            <fieldset><legend>{E(t.T("Quan điểm", "Position"))}</legend>{positions}</fieldset>
            <label for="content">{E(t.T("Nội dung ý kiến", "Answer"))}</label>
            <textarea id="content" name="content" required>{E(draft?.Content)}</textarea>
            <label for="legalBasis">{E(t.T("Căn cứ pháp lý (nếu có)", "Legal basis (if any)"))}</label>
            <input type="text" id="legalBasis" name="legalBasis" value="{E(draft?.LegalBasis)}">
            <p class="hint" id="competent-hint">{E(t.T("Chỉ điền khi ý kiến là không thuộc chức năng, nhiệm vụ của đơn vị: cơ quan nào có thẩm quyền.", "Only when the matter is not within your competence: which body is competent."))}</p>
            <label for="competentAgencyCode">{E(t.T("Mã cơ quan có thẩm quyền", "Competent agency's code"))}</label>
            <input type="text" id="competentAgencyCode" name="competentAgencyCode" aria-describedby="competent-hint" value="{E(draft?.CompetentAgencyCode)}">
            <label for="competentAgencyName">{E(t.T("Tên cơ quan có thẩm quyền (khi không có mã)", "Competent body's name (when it has no code)"))}</label>
            <input type="text" id="competentAgencyName" name="competentAgencyName" aria-describedby="competent-hint" value="{E(draft?.CompetentAgencyName)}">
            <p><button type="submit" class="secondary" formaction="/portal/consultations/{c.Id}/assessment" formnovalidate>{E(t.T("Xem đánh giá trước khi gửi", "Check the assessment first"))}</button>
            <button type="submit" id="send-answer">{E(t.T("Gửi ý kiến", "Send the answer"))}</button></p>
            </form>
            <div id="assessment" aria-live="polite">{assessment}</div>
            </section>
            """;
    }

    /// <summary>A verdict with its reasons; also the fragment the live preview swaps in.</summary>
    public static string Assessment(AssessmentResponse a, PortalText t, string heading)
    {
        var reasons = a.Reasons.Count == 0
            ? ""
            : $"<ul>{string.Concat(a.Reasons.Select(r => $"<li>{E(r.Message)}</li>"))}</ul>";
        var score = a.Score.ToString("0.00", CultureInfo.InvariantCulture);
        return $"""
            <div class="card assessment {E(a.Verdict)}" data-verdict="{E(a.Verdict)}"><p><b>{E(heading)}:</b> <span class="{(a.Verdict == "vague" ? "bad" : "ok")}">{E(PortalWords.Verdict(a.Verdict, t))}</span>
             <span class="meta">({E(t.T("điểm", "score"))} {score})</span></p>{reasons}</div>
            """;
    }
}

using Microsoft.AspNetCore.Antiforgery;
using static Consultation.Api.Ops.OpsHtml;

namespace Consultation.Api.Ops;

public static class OpsPage
{
    public static string Dashboard(OpsView v, OpsText t, AntiforgeryTokenSet token, string? notice)
    {
        var failed = v.FailedMails.Count == 0
            ? $"<p class=\"ok\">{E(t.T("Không có thư lỗi.", "No failed emails."))}</p>"
            : Table(
                [t.T("Người nhận", "Recipient"), t.T("Số mục", "Items"), t.T("Lần thử", "Attempts"), t.T("Lỗi", "Error"), ""],
                v.FailedMails.Select(m => new[]
                {
                    E(m.Recipient), E(m.ItemCount), E(m.Attempts), E(m.LastError),
                    Form($"/ops/mails/{m.Id}/redrive", token.RequestToken!, token.FormFieldName, "", t.T("Gửi lại", "Re-drive")),
                }));
        var body = $"""
            <nav><h1>{E(t.T("Vận hành — Lấy ý kiến phối hợp", "Operations — Consultation"))}</h1>
            <a href="?lang={(t.English ? "vi" : "en")}">{(t.English ? "Tiếng Việt" : "English")}</a>
            {Form("/ops/sign-out", token.RequestToken!, token.FormFieldName, "", t.T("Đăng xuất", "Sign out"))}</nav>
            <p>{E(t.T("Cập nhật lúc", "As of"))} {E(v.Now.ToOffset(TimeSpan.FromHours(7)).ToString("HH:mm:ss dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture))} (UTC+7)</p>
            {(notice is null ? "" : $"<p class=\"ok\" id=\"notice\">{E(notice)}</p>")}
            {OpsSections.Pipeline(v, t)}
            {OpsSections.Queues(v, t)}
            <h2>{E(t.T("Thư gửi lỗi", "Failed emails"))}</h2>
            {failed}
            {OpsSections.FailedWebhooks(v, t, token)}
            {OpsSections.Jobs(v, t)}
            {OpsChart.OnTime(v.OnTime, t)}
            {OpsSections.Health(v, t)}
            """;
        return Page(t, t.T("Vận hành", "Operations"), body, refresh: true);
    }

    public static string SignIn(OpsText t, AntiforgeryTokenSet token, bool failed) => Page(t, t.T("Đăng nhập vận hành", "Operations sign-in"), $"""
        <h1>{E(t.T("Đăng nhập trang vận hành", "Sign in to operations"))}</h1>
        {(failed ? $"<p class=\"bad\" id=\"error\">{E(t.T("Khóa không hợp lệ hoặc không có quyền vận hành.", "The key is not valid or has no operations role."))}</p>" : "")}
        {Form("/ops/sign-in", token.RequestToken!, token.FormFieldName,
            $"<label>{E(t.T("Khóa API (ops hoặc admin)", "API key (ops or admin)"))} <input type=\"password\" name=\"key\" autocomplete=\"off\" required></label> ",
            t.T("Đăng nhập", "Sign in"))}
        """, refresh: false);
}

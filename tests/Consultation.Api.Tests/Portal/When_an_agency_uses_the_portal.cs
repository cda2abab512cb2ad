using System.Net;
using Consultation.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Consultation.Api.Tests.Portal;

/// <summary>
/// The agency portal over HTTP: sign-in with an agency's key, what each agency may see of a consultation,
/// and an answer sent from the page recorded exactly as the API records one.
/// </summary>
[TestFixture(typeof(SqliteDb))]
[TestFixture(typeof(PostgresDb))]
public sealed class When_an_agency_uses_the_portal<TDatabase> : ApiScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private const string Clear = "Sở Tư pháp không thống nhất mức 45% vì trái khoản 3 Điều 12 QCVN 01:2021/BXD; đề nghị giữ mức 40%.";

    [Test]
    public async Task Should_refuse_an_ops_key_and_a_wrong_key_in_words()
    {
        var browser = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

        var ops = await PortalSignIn.PostAsync(browser, KeyOf("ops"));
        var wrong = await PortalSignIn.PostAsync(browser, "csk_0000000000_not-a-key");
        var inbox = await browser.GetAsync("/portal");

        Assert.That(ops.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await ops.Content.ReadAsStringAsync(), Does.Contain("không phải khóa của cơ quan, đơn vị"));
        Assert.That(wrong.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(inbox.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(inbox.Headers.Location!.ToString(), Does.Contain("/portal/sign-in"));
    }

    [Test]
    public async Task Should_record_an_answer_sent_from_the_page_as_the_api_records_one()
    {
        var id = await OpenAsync();
        var stp = await PortalSignIn.BrowserAsync(Factory, KeyOf("STP"));
        var inbox = await stp.GetStringAsync("/portal");

        var sent = await PortalSignIn.PostFormAsync(stp, $"/portal/consultations/{id}", $"/portal/consultations/{id}/answer",
            new Dictionary<string, string> { ["position"] = "disagree", ["content"] = Clear, ["legalBasis"] = "QCVN 01:2021/BXD" });
        var read = await Json(await As("STC").GetAsync($"/api/v1/consultations/{id}"));

        Assert.That(inbox, Does.Contain($"/portal/consultations/{id}"), "the request is in STP's inbox");
        Assert.That(sent.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(sent.Headers.Location!.ToString(), Does.StartWith($"/portal/consultations/{id}?notice=answered"));
        var answer = read["assignments"]!.AsArray().Single(a => a!["agencyCode"]!.GetValue<string>() == "STP")!["answers"]!.AsArray().Single()!;
        Assert.That(answer["content"]!.GetValue<string>(), Is.EqualTo(Clear));
        Assert.That(answer["position"]!.GetValue<string>(), Is.EqualTo("disagree"));
        Assert.That(answer["assessment"]!["verdict"]!.GetValue<string>(), Is.EqualTo("clear"));
        var page = await stp.GetStringAsync($"/portal/consultations/{id}?notice=answered");
        Assert.That(page, Does.Contain("Đã gửi ý kiến của đơn vị").And.Contain("data-verdict=\"clear\""));
        Assert.That(page, Does.Contain($"href=\"/portal/consultations/{id}?lang=en\""), "the switch keeps the page, not the notice");
        Assert.That(page, Does.Not.Contain("id=\"answer\""), "no second answer form once answered");
    }

    [Test]
    public async Task Should_keep_the_draft_name_the_field_and_record_nothing_when_the_answer_is_incomplete()
    {
        var id = await OpenAsync();
        var stp = await PortalSignIn.BrowserAsync(Factory, KeyOf("STP"));

        var refused = await PortalSignIn.PostFormAsync(stp, $"/portal/consultations/{id}", $"/portal/consultations/{id}/answer",
            new Dictionary<string, string> { ["position"] = "agree", ["legalBasis"] = "Luật Xây dựng <2014>" });
        var page = await refused.Content.ReadAsStringAsync();
        var read = await Json(await As("STC").GetAsync($"/api/v1/consultations/{id}"));

        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(page, Does.Contain("role=\"alert\"").And.Contain("Nội dung ý kiến:"));
        Assert.That(page, Does.Contain("value=\"agree\" required checked"), "the chosen position is kept");
        Assert.That(page, Does.Contain("value=\"Luật Xây dựng &lt;2014&gt;\""), "the draft is kept, encoded");
        Assert.That(page, Does.Contain($"href=\"/portal/consultations/{id}?lang=en\""), "the language switch leads to the page, not to the form's address");
        Assert.That(read["assignments"]!.AsArray().SelectMany(a => a!["answers"]!.AsArray()), Is.Empty);
    }

    [Test]
    public async Task Should_refuse_a_form_without_its_antiforgery_token_and_record_nothing()
    {
        var id = await OpenAsync();
        var stp = await PortalSignIn.BrowserAsync(Factory, KeyOf("STP"));

        var forged = await stp.PostAsync($"/portal/consultations/{id}/answer", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = "forged",
            ["position"] = "agree",
            ["content"] = Clear,
        }));
        var read = await Json(await As("STC").GetAsync($"/api/v1/consultations/{id}"));

        Assert.That(forged.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(forged.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"), "a page for a person, not JSON");
        Assert.That(await forged.Content.ReadAsStringAsync(), Does.Contain("Biểu mẫu đã hết hạn hoặc không hợp lệ"));
        Assert.That(read["assignments"]!.AsArray().SelectMany(a => a!["answers"]!.AsArray()), Is.Empty);
    }

    [Test]
    public async Task Should_answer_an_unknown_portal_address_with_a_page_in_words()
    {
        var stp = await PortalSignIn.BrowserAsync(Factory, KeyOf("STP"));

        var missing = await stp.GetAsync("/portal/no-such-page");

        Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(missing.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
        Assert.That(await missing.Content.ReadAsStringAsync(), Does.Contain("<html lang=\"vi\">"));
    }

    [Test]
    public async Task Should_show_each_agency_only_what_the_api_shows_it()
    {
        var title = "Quy hoạch <script>alert(1)</script> khu dân cư";
        var body = ValidConsultation();
        body["title"] = title;
        var id = await OpenAsync(body);
        Assert.That((await As("STP").PostAsync($"/api/v1/consultations/{id}/answers", JsonBody(System.Text.Json.JsonSerializer.SerializeToNode(Answer(content: Clear), Web)!))).StatusCode, Is.EqualTo(HttpStatusCode.Created));

        var lead = await (await PortalSignIn.BrowserAsync(Factory, KeyOf("STC"))).GetStringAsync($"/portal/consultations/{id}");
        var other = await (await PortalSignIn.BrowserAsync(Factory, KeyOf("SXD"))).GetStringAsync($"/portal/consultations/{id}");
        var bystander = await (await PortalSignIn.BrowserAsync(Factory, KeyOf("SYT"))).GetAsync($"/portal/consultations/{id}");
        var bystanderPage = await bystander.Content.ReadAsStringAsync();

        Assert.That(lead, Does.Contain(Clear), "the lead reads every answer");
        Assert.That(lead, Does.Contain("Xem xét ý kiến này"), "and may review it");
        Assert.That(other, Does.Not.Contain(Clear), "another consulted agency does not read STP's answer");
        Assert.That(other, Does.Not.Contain("Xem xét ý kiến này"));
        Assert.That(bystander.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(bystanderPage, Does.Contain("Không tìm thấy hồ sơ").And.Not.Contain("khu dân cư"));
        Assert.That(lead, Does.Contain("&lt;script&gt;").And.Not.Contain("<script>alert"), "user text is encoded");
    }

    [Test]
    public async Task Should_end_the_session_at_once_when_its_key_is_revoked()
    {
        var issued = await Json(await As("admin").PostAsync("/api/v1/agencies/SXD/keys", JsonBody("""{"role":"agency"}""")));
        var browser = await PortalSignIn.BrowserAsync(Factory, issued["key"]!.GetValue<string>());
        Assert.That((await browser.GetAsync("/portal")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        await As("admin").DeleteAsync($"/api/v1/keys/{issued["prefix"]!.GetValue<string>()}");
        var after = await browser.GetAsync("/portal");

        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(after.Headers.Location!.ToString(), Does.Contain("/portal/sign-in"));
    }

    [Test]
    public async Task Should_let_the_lead_review_and_give_the_reason_in_words_when_refused()
    {
        var id = await OpenAsync();
        await As("STP").PostAsync($"/api/v1/consultations/{id}/answers", JsonBody(System.Text.Json.JsonSerializer.SerializeToNode(Answer(content: Clear), Web)!));
        var stc = await PortalSignIn.BrowserAsync(Factory, KeyOf("STC"));
        var page = $"/portal/consultations/{id}";

        var vague = await PortalSignIn.PostFormAsync(stc, page, $"{page}/assignments/STP/review", new Dictionary<string, string> { ["decision"] = "confirm_vague" });
        var accepted = await PortalSignIn.PostFormAsync(stc, page, $"{page}/assignments/STP/review", new Dictionary<string, string> { ["decision"] = "accept" });
        var again = await PortalSignIn.PostFormAsync(stc, page, $"{page}/assignments/STP/review", new Dictionary<string, string> { ["decision"] = "accept" });
        var notLead = await PortalSignIn.PostFormAsync(await PortalSignIn.BrowserAsync(Factory, KeyOf("SXD")), page, $"{page}/close",
            new Dictionary<string, string> { ["synthesis"] = "Tiếp thu ý kiến Sở Tư pháp, giữ mật độ xây dựng 40% như quy hoạch được duyệt." });

        Assert.That(vague.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await vague.Content.ReadAsStringAsync(), Does.Contain("Ghi chú:"), "a confirmed vague answer needs a note, named by its field");
        Assert.That(accepted.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(accepted.Headers.Location!.ToString(), Does.Contain("notice=reviewed"));
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(notLead.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await notLead.Content.ReadAsStringAsync(), Does.Contain("role=\"alert\""));
        var read = await Json(await As("STC").GetAsync($"/api/v1/consultations/{id}"));
        Assert.That(read["status"]!.GetValue<string>(), Is.EqualTo("open"));
    }
}

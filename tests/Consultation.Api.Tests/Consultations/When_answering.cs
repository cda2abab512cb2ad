using System.Net;
using System.Net.Http.Json;
using Consultation.TestSupport;

namespace Consultation.Api.Tests.Consultations;

[TestFixture(typeof(SqliteDb))]
[TestFixture(typeof(PostgresDb))]
[TestFixture(typeof(SqlServerDb))]
public sealed class When_answering<TDatabase> : ApiScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    [Test]
    public async Task Should_record_an_answer_on_time()
    {
        var id = await OpenAsync();

        var response = await As("STP").PostAsJsonAsync($"/api/v1/consultations/{id}/answers", Answer());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var body = await Json(response);
        Assert.That(body["late"]!.GetValue<bool>(), Is.False);
        Assert.That(body["round"]!.GetValue<int>(), Is.EqualTo(1));
        var detail = await Json(await As("STC").GetAsync($"/api/v1/consultations/{id}"));
        var stp = detail.AssignmentOf("STP");
        Assert.That(stp["status"]!.GetValue<string>(), Is.EqualTo("answered"));
        Assert.That(stp["answers"]![0]!["content"]!.GetValue<string>(), Does.Contain("Nghị quyết 15/2025/NQ-HĐND"));
    }

    [Test]
    public async Task Should_allow_a_second_answer_only_after_the_lead_requests_clarification()
    {
        var id = await OpenAsync();
        var stp = As("STP");
        await stp.PostAsJsonAsync($"/api/v1/consultations/{id}/answers", Answer("agree", "Thống nhất"));

        var tooSoon = await stp.PostAsJsonAsync($"/api/v1/consultations/{id}/answers", Answer());
        Assert.That(tooSoon.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));

        var review = await As("STC").PostAsJsonAsync($"/api/v1/consultations/{id}/assignments/STP/review",
            new { decision = "request_clarification", note = "Đề nghị nêu rõ ý kiến về tỷ lệ 60/40", workingDays = 3 });
        Assert.That(review.StatusCode, Is.EqualTo(HttpStatusCode.OK), await review.Content.ReadAsStringAsync());

        var second = await stp.PostAsJsonAsync($"/api/v1/consultations/{id}/answers", Answer());
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That((await Json(second))["round"]!.GetValue<int>(), Is.EqualTo(2));

        var detail = await Json(await As("STC").GetAsync($"/api/v1/consultations/{id}"));
        var answers = detail.AssignmentOf("STP")["answers"]!.AsArray();
        Assert.That(answers, Has.Count.EqualTo(2), "a clarification round keeps the earlier answer");
        Assert.That(answers[0]!["review"]!["decision"]!.GetValue<string>(), Is.EqualTo("request_clarification"));
    }

    [Test]
    public async Task Should_refuse_the_lead_and_hide_the_consultation_from_a_bystander()
    {
        var id = await OpenAsync();

        var lead = await As("STC").PostAsJsonAsync($"/api/v1/consultations/{id}/answers", Answer());
        var bystander = await As("SYT").PostAsJsonAsync($"/api/v1/consultations/{id}/answers", Answer());

        Assert.That(lead.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(bystander.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Should_refuse_an_answer_once_the_consultation_is_closed()
    {
        var id = await OpenAsync();
        var close = await As("STC").PostAsJsonAsync($"/api/v1/consultations/{id}/close",
            new { synthesis = "Đã tổng hợp ý kiến của Sở Tư pháp, trình UBND tỉnh ban hành quyết định." });
        Assert.That(close.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var response = await As("STP").PostAsJsonAsync($"/api/v1/consultations/{id}/answers", Answer());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await Json(response))["code"]!.GetValue<string>(), Is.EqualTo("consultation_not_open"));
    }

    public static IEnumerable<TestCaseData> BadAnswers()
    {
        yield return new TestCaseData(new { content = "Thống nhất" }, "position").SetArgDisplayNames("no position");
        yield return new TestCaseData(new { position = "maybe", content = "Thống nhất" }, "position").SetArgDisplayNames("unknown position");
        yield return new TestCaseData(new { position = "agree" }, "content").SetArgDisplayNames("no content");
        yield return new TestCaseData(new { position = "not_competent", content = "Không thuộc chức năng của Sở" }, "competentAgencyCode")
            .SetArgDisplayNames("not competent without the competent body");
        yield return new TestCaseData(new { position = "not_competent", content = "Không thuộc chức năng", competentAgencyCode = "SGTVT" }, "competentAgencyCode")
            .SetArgDisplayNames("not competent naming an unregistered code");
        yield return new TestCaseData(new { position = "not_competent", content = "Không thuộc chức năng", competentAgencyCode = "STP" }, "competentAgencyCode")
            .SetArgDisplayNames("not competent naming itself");
        yield return new TestCaseData(new { position = "agree", content = "Thống nhất", competentAgencyName = "Bộ Tài chính" }, "competentAgencyName")
            .SetArgDisplayNames("competent body with another position");
    }

    [TestCaseSource(nameof(BadAnswers))]
    public async Task Should_refuse_a_malformed_answer_and_record_nothing(object answer, string field)
    {
        var id = await OpenAsync();

        var response = await As("STP").PostAsJsonAsync($"/api/v1/consultations/{id}/answers", answer);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await Json(response))["errors"]!.AsObject().Select(e => e.Key), Does.Contain(field));
        var detail = await Json(await As("STC").GetAsync($"/api/v1/consultations/{id}"));
        Assert.That(detail["assignments"]!.AsArray().All(a => a!["status"]!.GetValue<string>() == "pending"), Is.True);
    }

    [TestCase("SNV", null)]
    [TestCase(null, "Công ty Điện lực Đắk Lắk")]
    public async Task Should_accept_not_competent_naming_the_competent_body(string? code, string? name)
    {
        var id = await OpenAsync();

        var response = await As("STP").PostAsJsonAsync($"/api/v1/consultations/{id}/answers", new
        {
            position = "not_competent",
            content = "Nội dung thuộc chức năng quản lý của cơ quan khác",
            legalBasis = "Quyết định quy định chức năng, nhiệm vụ của Sở Tư pháp",
            competentAgencyCode = code,
            competentAgencyName = name,
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var detail = await Json(await As("STC").GetAsync($"/api/v1/consultations/{id}"));
        var stored = detail.AssignmentOf("STP")["answers"]![0]!;
        Assert.That(stored["competentAgencyCode"]?.GetValue<string>(), Is.EqualTo(code));
        Assert.That(stored["competentAgencyName"]?.GetValue<string>(), Is.EqualTo(name));
    }

    [Test]
    public async Task Should_show_a_consulted_agency_only_its_own_answers()
    {
        var id = await OpenAsync();
        await As("STP").PostAsJsonAsync($"/api/v1/consultations/{id}/answers", Answer());
        await As("SXD").PostAsJsonAsync($"/api/v1/consultations/{id}/answers", Answer());

        var seenBySxd = await Json(await As("SXD").GetAsync($"/api/v1/consultations/{id}"));

        var stp = seenBySxd.AssignmentOf("STP");
        var sxd = seenBySxd.AssignmentOf("SXD");
        Assert.That(stp["answers"]!.AsArray(), Is.Empty);
        Assert.That(sxd["answers"]!.AsArray(), Has.Count.EqualTo(1));
    }
}

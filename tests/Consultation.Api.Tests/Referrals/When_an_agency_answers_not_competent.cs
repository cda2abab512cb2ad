using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Consultation.Core.Data;
using Consultation.TestSupport;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Api.Tests.Referrals;

/// <summary>
/// Not competent is a workflow: the lead is told at once, redirects with one call to the competent
/// agency, and a referral that comes back round the chain is reported to the supervisor.
/// </summary>
[TestFixture(typeof(SqliteDb))]
[TestFixture(typeof(PostgresDb))]
[TestFixture(typeof(SqlServerDb))]
public sealed class When_an_agency_answers_not_competent<TDatabase> : ApiScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    [Test]
    public async Task Should_tell_the_lead_at_once()
    {
        var id = await OpenAsync();

        var answerId = await ReferAsync(id, "STP", "SYT");

        Assert.That(await EscalationsAsync(id, "STP", "referred", answerId), Is.EqualTo(1));
        Assert.That(await EscalationsAsync(id, "STP", "referral_ring", answerId), Is.Zero);
    }

    [Test]
    public async Task Should_redirect_to_the_named_agency_with_one_call()
    {
        var id = await OpenAsync();
        await ReferAsync(id, "STP", "SYT");

        var response = await Redirect(id, "STP", new { workingDays = 5, reason = "Sở Tư pháp đề nghị chuyển Sở Y tế theo Nghị định 120/2025" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var created = await Json(response);
        Assert.That(created["agencyCode"]!.GetValue<string>(), Is.EqualTo("SYT"));
        Assert.That(created["redirectedFrom"]!.GetValue<string>(), Is.EqualTo("STP"));
        Assert.That(created["status"]!.GetValue<string>(), Is.EqualTo("pending"));
        Assert.That(created["dueWorkingDays"]!.GetValue<int>(), Is.EqualTo(5));
        var detail = await Json(await As("SYT").GetAsync($"/api/v1/consultations/{id}"));
        var syt = detail.AssignmentOf("SYT");
        Assert.That(syt["reason"]!.GetValue<string>(), Does.Contain("Nghị định 120/2025"));
        Assert.That(syt["redirectedFrom"]!.GetValue<string>(), Is.EqualTo("STP"));
    }

    [Test]
    public async Task Should_redirect_to_another_registered_agency_when_the_lead_names_one()
    {
        var id = await OpenAsync();
        await ReferAsync(id, "STP", "SYT");

        var response = await Redirect(id, "STP", new { agencyCode = "SNV", workingDays = 3, reason = "Theo chức năng quản lý về tổ chức bộ máy" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        Assert.That((await Json(response))["agencyCode"]!.GetValue<string>(), Is.EqualTo("SNV"));
    }

    [Test]
    public async Task Should_refuse_what_is_not_a_redirect_and_say_why()
    {
        var id = await OpenAsync();
        await ReferAsync(id, "STP", "SYT");
        var agreed = await As("SXD").PostAsJsonAsync($"/api/v1/consultations/{id}/answers", Answer());
        Assert.That(agreed.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var reason = "Chuyển theo đề nghị của cơ quan được lấy ý kiến";

        var notReferred = await Redirect(id, "SXD", new { agencyCode = "SYT", workingDays = 5, reason });
        var consulted = await Redirect(id, "STP", new { agencyCode = "SXD", workingDays = 5, reason });
        var lead = await Redirect(id, "STP", new { agencyCode = "STC", workingDays = 5, reason });
        var noReason = await Redirect(id, "STP", new { workingDays = 5 });
        var consultee = await As("SXD").PostAsJsonAsync($"/api/v1/consultations/{id}/assignments/STP/redirect", new { workingDays = 5, reason });
        var first = await Redirect(id, "STP", new { workingDays = 5, reason });
        var twice = await Redirect(id, "STP", new { agencyCode = "SNV", workingDays = 5, reason });

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created), await first.Content.ReadAsStringAsync());
        await AssertProblemAsync(notReferred, HttpStatusCode.Conflict, "not_referred");
        await AssertProblemAsync(consulted, HttpStatusCode.Conflict, "already_consulted");
        Assert.That(lead.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(noReason.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(consultee.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "only the lead redirects");
        await AssertProblemAsync(twice, HttpStatusCode.Conflict, "already_redirected");
        var detail = await Json(await As("STC").GetAsync($"/api/v1/consultations/{id}"));
        Assert.That(detail["assignments"]!.AsArray().Select(a => a!["agencyCode"]!.GetValue<string>()), Is.EquivalentTo(new[] { "STP", "SXD", "SYT" }),
            "only the one accepted redirect added an assignment");
    }

    [Test]
    public async Task Should_tell_the_supervisor_when_a_referral_comes_back_round_the_chain()
    {
        var id = await OpenAsync();
        await ReferAsync(id, "STP", "SYT");
        Assert.That((await Redirect(id, "STP", new { workingDays = 5, reason = "Chuyển Sở Y tế theo đề nghị của Sở Tư pháp" })).StatusCode, Is.EqualTo(HttpStatusCode.Created));
        await ReferAsync(id, "SYT", "SNV");
        Assert.That((await Redirect(id, "SYT", new { workingDays = 5, reason = "Chuyển Sở Nội vụ theo đề nghị của Sở Y tế" })).StatusCode, Is.EqualTo(HttpStatusCode.Created));

        var ring = await ReferAsync(id, "SNV", "STP");

        Assert.That(await EscalationsAsync(id, "SNV", "referral_ring", ring), Is.EqualTo(1));
        Assert.That(await ScalarAsync<int>("SELECT COUNT(*) FROM answers WHERE referral_ring = @yes", new { yes = true }), Is.EqualTo(1),
            "only the answer that closes the ring is marked");
        var detail = await Json(await As("STC").GetAsync($"/api/v1/consultations/{id}"));
        var snv = detail.AssignmentOf("SNV");
        Assert.That(snv["answers"]![0]!["referralRing"]!.GetValue<bool>(), Is.True);
    }

    [Test]
    public async Task Should_send_a_clarification_request_to_the_consulted_agency()
    {
        var id = await OpenAsync();
        var answered = await As("STP").PostAsJsonAsync($"/api/v1/consultations/{id}/answers", Answer("agree", "Thống nhất"));
        var answerId = Guid.Parse((await Json(answered))["id"]!.GetValue<string>());

        var review = await As("STC").PostAsJsonAsync($"/api/v1/consultations/{id}/assignments/STP/review",
            new { decision = "request_clarification", note = "Đề nghị nêu rõ ý kiến về tỷ lệ 60/40", workingDays = 3 });

        Assert.That(review.StatusCode, Is.EqualTo(HttpStatusCode.OK), await review.Content.ReadAsStringAsync());
        Assert.That(await EscalationsAsync(id, "STP", "clarification_requested", answerId), Is.EqualTo(1));
    }

    private async Task<Guid> ReferAsync(Guid id, string agency, string competent)
    {
        var response = await As(agency).PostAsJsonAsync($"/api/v1/consultations/{id}/answers", new
        {
            position = "not_competent",
            content = $"Nội dung lấy ý kiến không thuộc chức năng, nhiệm vụ của cơ quan; đề nghị chuyển cơ quan {competent} có thẩm quyền xem xét.",
            legalBasis = "Nghị định 120/2025/NĐ-CP, Điều 5",
            competentAgencyCode = competent,
        });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return Guid.Parse((await Json(response))["id"]!.GetValue<string>());
    }

    private Task<HttpResponseMessage> Redirect(Guid id, string agency, object body) =>
        As("STC").PostAsJsonAsync($"/api/v1/consultations/{id}/assignments/{agency}/redirect", body);

    private Task<int> EscalationsAsync(Guid id, string agency, string kind, Guid answerId) => ScalarAsync<int>(
        """
        SELECT COUNT(*) FROM escalations e JOIN assignments a ON a.id = e.assignment_id
        WHERE a.consultation_id = @id AND a.agency_code = @agency AND e.kind = @kind AND e.occurrence = @occurrence
        """,
        new { id, agency, kind, occurrence = answerId.ToString() });

    private async Task<T> ScalarAsync<T>(string sql, object parameters)
    {
        await using var connection = await Factory.Services.GetRequiredService<Db>().OpenAsync();
        return (await connection.ExecuteScalarAsync<T>(sql, parameters))!;
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(status), body);
        var problem = JsonNode.Parse(body)!.AsObject();
        Assert.That(problem["code"]!.GetValue<string>(), Is.EqualTo(code));
        Assert.That(problem["detail"]?.GetValue<string>() ?? problem["title"]!.GetValue<string>(), Does.Match("[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]"),
            "the refusal says why, in Vietnamese");
    }
}

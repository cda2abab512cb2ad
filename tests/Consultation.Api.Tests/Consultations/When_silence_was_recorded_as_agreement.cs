using System.Net;
using System.Net.Http.Json;
using Consultation.Core.Data;
using Consultation.TestSupport;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Api.Tests.Consultations;

/// <summary>
/// After the worker recorded an agency's silence as agreement: its late answer is accepted and
/// shown to the lead with when silence was recorded; the lead can extend instead; a review has
/// nothing to review and says so.
/// </summary>
[TestFixture(typeof(SqliteDb))]
[TestFixture(typeof(PostgresDb))]
[TestFixture(typeof(SqlServerDb))]
public sealed class When_silence_was_recorded_as_agreement<TDatabase> : ApiScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    [Test]
    public async Task Should_accept_the_agency_s_late_answer_and_show_the_lead_both()
    {
        var id = await DeemedAsync("STP");

        var response = await As("STP").PostAsJsonAsync($"/api/v1/consultations/{id}/answers", Answer("disagree",
            "Không thống nhất tỷ lệ 60/40; đề nghị tính thêm tiêu chí số đơn vị hành chính sau sắp xếp theo Nghị quyết 76/2025/UBTVQH15."));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        Assert.That((await Json(response))["late"]!.GetValue<bool>(), Is.True);
        var stp = await AssignmentAsync(id, "STP");
        Assert.That(stp["status"]!.GetValue<string>(), Is.EqualTo("answered"));
        Assert.That(stp["deemedAgreedAt"], Is.Not.Null, "the lead still sees that the deadline passed in silence");
        Assert.That(stp["answers"]![0]!["position"]!.GetValue<string>(), Is.EqualTo("disagree"));
    }

    [Test]
    public async Task Should_refuse_a_review_and_say_there_is_no_answer_to_review()
    {
        var id = await DeemedAsync("STP");

        var response = await As("STC").PostAsJsonAsync($"/api/v1/consultations/{id}/assignments/STP/review",
            new { decision = "accept" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        var problem = await Json(response);
        Assert.That(problem["code"]!.GetValue<string>(), Is.EqualTo("deemed_agreed"));
        Assert.That(problem["title"]!.GetValue<string>(), Does.Contain("coi là thống nhất").And.Contain("gia hạn"));
    }

    [Test]
    public async Task Should_let_the_lead_extend_and_wait_for_the_answer_again()
    {
        var id = await DeemedAsync("SXD");

        var response = await As("STC").PostAsJsonAsync($"/api/v1/consultations/{id}/assignments/SXD/extension",
            new { workingDays = 3, reason = "Sở Xây dựng đề nghị gia hạn để lấy ý kiến các phòng chuyên môn" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var sxd = await AssignmentAsync(id, "SXD");
        Assert.That(sxd["status"]!.GetValue<string>(), Is.EqualTo("pending"));
        Assert.That(sxd["deemedAgreedAt"], Is.Null);
    }

    /// <summary>A consultation whose deadline passed, with the agency's silence recorded as the worker records it.</summary>
    private async Task<Guid> DeemedAsync(string agency)
    {
        var body = ValidConsultation();
        body["silenceMeansConsent"] = true;
        var id = await OpenAsync(body);
        Factory.Clock.Advance(TimeSpan.FromDays(14));
        var db = Factory.Services.GetRequiredService<Db>();
        await using var connection = await db.OpenAsync();
        await connection.ExecuteAsync(
            "UPDATE assignments SET status = 'deemed_agreed', deemed_agreed_at = @now, escalation_level = 1 WHERE consultation_id = @id AND agency_code = @agency",
            new { id, agency, now = Factory.Clock.GetUtcNow() });
        return id;
    }

    private async Task<System.Text.Json.Nodes.JsonNode> AssignmentAsync(Guid id, string agency)
    {
        var detail = await Json(await As("STC").GetAsync($"/api/v1/consultations/{id}"));
        return detail.AssignmentOf(agency);
    }
}

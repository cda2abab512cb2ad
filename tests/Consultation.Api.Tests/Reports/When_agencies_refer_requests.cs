using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Consultation.Core.Calendar;
using Consultation.TestSupport;

namespace Consultation.Api.Tests.Reports;

/// <summary>
/// Reports count, per agency, its not_competent answers (referrals), how many of them the lead
/// redirected, and the rings it closed; a ring, or a referral not judged clear, earns no commendation.
/// </summary>
[TestFixture(typeof(SqliteDb))]
[TestFixture(typeof(PostgresDb))]
[TestFixture(typeof(SqlServerDb))]
public sealed class When_agencies_refer_requests<TDatabase> : ApiScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    [Test]
    public async Task Should_count_referrals_redirects_and_rings_and_commend_no_agency_that_passed_the_request_round()
    {
        MoveTo(new DateTimeOffset(2027, 6, 1, 9, 0, 0, VietnamTime.Offset));
        var body = ValidConsultation();
        body["consultees"] = new JsonArray(new JsonObject { ["agencyCode"] = "STP", ["reason"] = "Thẩm định tính hợp pháp" });
        var id = await OpenAsync(body);
        await ReferAsync(id, "STP", "SYT");
        var redirected = await As("STC").PostAsJsonAsync($"/api/v1/consultations/{id}/assignments/STP/redirect",
            new { workingDays = 5, reason = "Chuyển Sở Y tế theo đề nghị của Sở Tư pháp" });
        Assert.That(redirected.StatusCode, Is.EqualTo(HttpStatusCode.Created), await redirected.Content.ReadAsStringAsync());
        await ReferAsync(id, "SYT", "STP");

        var report = await Json(await As("STC").GetAsync("/api/v1/reports/non-cooperation?from=2027-06-01&to=2027-06-30"));

        var stp = Agency(report, "STP");
        var syt = Agency(report, "SYT");
        Assert.That((stp["referred"]!.GetValue<int>(), stp["redirected"]!.GetValue<int>(), stp["rings"]!.GetValue<int>()), Is.EqualTo((1, 1, 0)));
        Assert.That((syt["referred"]!.GetValue<int>(), syt["redirected"]!.GetValue<int>(), syt["rings"]!.GetValue<int>()), Is.EqualTo((1, 0, 1)));
        Assert.That(report["commendations"]!.AsArray().Select(c => c!.GetValue<string>()), Has.No.Member("SYT"), "a ring earns no commendation");
    }

    private async Task ReferAsync(Guid id, string agency, string competent)
    {
        var response = await As(agency).PostAsJsonAsync($"/api/v1/consultations/{id}/answers", new
        {
            position = "not_competent",
            content = $"Nội dung về tiêu chí phân bổ kinh phí không thuộc chức năng, nhiệm vụ của cơ quan; đề nghị chuyển {competent} theo Nghị định 120/2025/NĐ-CP.",
            legalBasis = "Nghị định 120/2025/NĐ-CP, Điều 5",
            competentAgencyCode = competent,
        });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
    }

    private static JsonNode Agency(JsonObject report, string code) =>
        report.Find("agencies", "code", code);

    private void MoveTo(DateTimeOffset moment) => Factory.Clock.Advance(moment - Factory.Clock.GetUtcNow());
}

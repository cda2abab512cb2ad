using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Consultation.TestSupport;

namespace Consultation.Api.Tests.Assessments;

[TestFixture(typeof(SqliteDb))]
[TestFixture(typeof(PostgresDb))]
[TestFixture(typeof(SqlServerDb))]
public sealed class When_an_answer_is_assessed<TDatabase> : ApiScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private const string Concrete =
        "Sở Tư pháp thống nhất tiêu chí phân bổ; đề nghị bổ sung căn cứ Nghị quyết số 15/2025/NQ-HĐND vào phần căn cứ ban hành "
        + "và sửa khoản 2 Điều 4: mức tối thiểu 500 triệu đồng áp dụng cho 68 xã khu vực III.";

    [Test]
    public async Task Should_return_the_assessment_and_show_the_same_one_in_the_detail()
    {
        var id = await OpenAsync();

        var response = await As("STP").PostAsJsonAsync($"/api/v1/consultations/{id}/answers", new { position = "agree_with_comments", content = Concrete });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var returned = (await Json(response))["assessment"]!.AsObject();
        Assert.That(returned["verdict"]!.GetValue<string>(), Is.EqualTo("clear"));
        Assert.That(returned["score"]!.GetValue<double>(), Is.InRange(0.5, 1));
        var stored = (await AnswersOf(id, "STP"))[0]!["assessment"]!;
        Assert.That(JsonNode.DeepEquals(stored, returned), Is.True, $"{stored} vs {returned}");
    }

    [Test]
    public async Task Should_store_a_vague_verdict_with_reasons_in_Vietnamese_whatever_the_callers_language()
    {
        var id = await OpenAsync();

        var response = await As("SXD", "en").PostAsJsonAsync($"/api/v1/consultations/{id}/answers",
            new { position = "agree", content = "Sở Xây dựng đã nhận được văn bản, không có ý kiến gì thêm." });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var stored = (await AnswersOf(id, "SXD"))[0]!["assessment"]!;
        Assert.That(stored["verdict"]!.GetValue<string>(), Is.EqualTo("vague"));
        var codes = stored["reasons"]!.AsArray().Select(r => r!["code"]!.GetValue<string>());
        Assert.That(codes, Does.Contain("no_opinion"));
        Assert.That(stored["reasons"]![0]!["message"]!.GetValue<string>(), Does.StartWith("Câu").Or.StartWith("Đã chọn"));
    }

    [Test]
    public async Task Should_judge_the_answer_against_the_consultations_own_figures()
    {
        var id = await OpenAsync();

        // 60%, 40% and 500 triệu are the lead's own proposal: repeating them is not substance.
        await As("STP").PostAsJsonAsync($"/api/v1/consultations/{id}/answers",
            new { position = "agree", content = "Thống nhất phân bổ 60% theo dân số, 40% theo diện tích, tối thiểu 500 triệu đồng mỗi xã." });

        var stored = (await AnswersOf(id, "STP"))[0]!["assessment"]!;
        Assert.That(stored["verdict"]!.GetValue<string>(), Is.EqualTo("vague"));
        Assert.That(stored["reasons"]![0]!["code"]!.GetValue<string>(), Is.EqualTo("generic_agreement"));
    }

    private async Task<JsonArray> AnswersOf(Guid id, string agency)
    {
        var detail = await Json(await As("STC").GetAsync($"/api/v1/consultations/{id}"));
        return detail.AssignmentOf(agency)["answers"]!.AsArray();
    }
}

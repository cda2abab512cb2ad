using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Consultation.TestSupport;

namespace Consultation.Api.Tests.Assessments;

[TestFixture(typeof(SqliteDb))]
[TestFixture(typeof(PostgresDb))]
[TestFixture(typeof(SqlServerDb))]
public sealed class When_the_lead_reviews_an_answer<TDatabase> : ApiScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private const string Vague = "Sở Tư pháp thống nhất với dự thảo, đề nghị tiếp tục hoàn thiện theo quy định.";

    [Test]
    public async Task Should_require_a_note_to_confirm_an_answer_as_vague()
    {
        var id = await AnsweredAsync();

        var bare = await Review(id, new { decision = "confirm_vague" });
        var blank = await Review(id, new { decision = "confirm_vague", note = "   " });
        Assert.That(bare.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(blank.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await Json(bare))["errors"]!["note"]![0]!.GetValue<string>(), Does.Contain("nhận xét"));

        var noted = await Review(id, new { decision = "confirm_vague", note = "Không nêu ý kiến về tiêu chí phân bổ theo dân số và diện tích." });

        Assert.That(noted.StatusCode, Is.EqualTo(HttpStatusCode.OK), await noted.Content.ReadAsStringAsync());
        var answer = (await AnswersOfStp(id))[0]!;
        Assert.That(answer["review"]!["decision"]!.GetValue<string>(), Is.EqualTo("confirm_vague"));
        Assert.That(answer["review"]!["note"]!.GetValue<string>(), Does.Contain("tiêu chí phân bổ"));
        Assert.That(answer["assessment"]!["verdict"]!.GetValue<string>(), Is.EqualTo("vague"));
    }

    [Test]
    public async Task Should_give_a_clarification_two_working_days_by_default_and_keep_the_earlier_answer()
    {
        var id = await AnsweredAsync();

        var response = await Review(id, new { decision = "request_clarification", note = "Đề nghị nêu rõ ý kiến về tỷ lệ 60/40." });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var assignment = await Json(response);
        Assert.That(assignment["status"]!.GetValue<string>(), Is.EqualTo("clarification_requested"));
        Assert.That(assignment["dueWorkingDays"]!.GetValue<int>(), Is.EqualTo(2));
        // Received Tuesday 1 December 2026 at 09:00; two working days end at 24:00 on Thursday 3 December (UTC+7).
        Assert.That(DateTimeOffset.Parse(assignment["dueAt"]!.GetValue<string>(), CultureInfo.InvariantCulture),
            Is.EqualTo(new DateTimeOffset(2026, 12, 3, 17, 0, 0, TimeSpan.Zero)));

        var second = await As("STP").PostAsJsonAsync($"/api/v1/consultations/{id}/answers", new
        {
            position = "agree_with_comments",
            content = "Sở Tư pháp thống nhất tỷ lệ 60/40; đề nghị bổ sung căn cứ Nghị quyết số 15/2025/NQ-HĐND tại phần căn cứ ban hành.",
        });
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var answers = await AnswersOfStp(id);
        Assert.That(answers, Has.Count.EqualTo(2));
        Assert.That(answers[0]!["content"]!.GetValue<string>(), Is.EqualTo(Vague));
        Assert.That(answers[0]!["review"]!["decision"]!.GetValue<string>(), Is.EqualTo("request_clarification"));
        Assert.That(answers[1]!["round"]!.GetValue<int>(), Is.EqualTo(2));
        Assert.That(answers[1]!["assessment"]!["verdict"]!.GetValue<string>(), Is.EqualTo("clear"));
    }

    [Test]
    public async Task Should_still_take_an_explicit_clarification_period()
    {
        var id = await AnsweredAsync();

        var response = await Review(id, new { decision = "request_clarification", workingDays = 5 });

        Assert.That((await Json(response))["dueWorkingDays"]!.GetValue<int>(), Is.EqualTo(5));
    }

    [Test]
    public async Task Should_let_the_lead_accept_an_answer_the_assessor_found_vague()
    {
        var id = await AnsweredAsync();

        var response = await Review(id, new { decision = "accept" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await AnswersOfStp(id))[0]!["review"]!["decision"]!.GetValue<string>(), Is.EqualTo("accept"));
    }

    private async Task<Guid> AnsweredAsync()
    {
        var id = await OpenAsync();
        var answer = await As("STP").PostAsJsonAsync($"/api/v1/consultations/{id}/answers", new { position = "agree", content = Vague });
        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        return id;
    }

    private Task<HttpResponseMessage> Review(Guid id, object body) =>
        As("STC").PostAsJsonAsync($"/api/v1/consultations/{id}/assignments/STP/review", body);

    private async Task<JsonArray> AnswersOfStp(Guid id)
    {
        var detail = await Json(await As("STC").GetAsync($"/api/v1/consultations/{id}"));
        return detail.AssignmentOf("STP")["answers"]!.AsArray();
    }
}

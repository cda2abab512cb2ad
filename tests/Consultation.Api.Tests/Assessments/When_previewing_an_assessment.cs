using System.Net;
using System.Net.Http.Json;
using Consultation.TestSupport;

namespace Consultation.Api.Tests.Assessments;

[TestFixture(typeof(SqliteDb))]
[TestFixture(typeof(PostgresDb))]
[TestFixture(typeof(SqlServerDb))]
public sealed class When_previewing_an_assessment<TDatabase> : ApiScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private const string Path = "/api/v1/assessments";
    private const string Meeting = "Thời gian, địa điểm tổ chức Hội nghị sơ kết cải cách hành chính vào 8 giờ ngày 15/12/2026 tại Hội trường UBND tỉnh";

    [Test]
    public async Task Should_return_the_assessment_alone_and_record_nothing()
    {
        var id = await OpenAsync();
        var consultations = await CountConsultationsAsync();

        var response = await As("STP").PostAsJsonAsync(Path, new { position = "agree", content = "Thống nhất.", consultationId = id });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var assessment = await Json(response);
        Assert.That(assessment.Select(p => p.Key), Is.EquivalentTo(new[] { "verdict", "score", "reasons" }));
        Assert.That(assessment["verdict"]!.GetValue<string>(), Is.EqualTo("vague"), "a bare agreement says nothing about a budget");
        Assert.That(assessment["score"]!.GetValue<double>(), Is.InRange(0, 0.5));
        Assert.That(assessment["reasons"]![0]!["code"]!.GetValue<string>(), Is.EqualTo("generic_agreement"));
        Assert.That(assessment["reasons"]![0]!["message"]!.GetValue<string>(), Does.Contain("Thống nhất"));

        var detail = await Json(await As("STC").GetAsync($"/api/v1/consultations/{id}"));
        var answers = detail["assignments"]!.AsArray().Sum(a => a!["answers"]!.AsArray().Count);
        Assert.That(answers, Is.Zero);
        Assert.That(detail["assignments"]!.AsArray().All(a => a!["status"]!.GetValue<string>() == "pending"), Is.True);
        Assert.That(await CountConsultationsAsync(), Is.EqualTo(consultations));
    }

    [Test]
    public async Task Should_judge_a_draft_against_the_issue_text_given()
    {
        var simple = await Json(await As("SYT").PostAsJsonAsync(Path, new { position = "agree", content = "Thống nhất.", issue = Meeting }));
        var unknown = await Json(await As("SYT").PostAsJsonAsync(Path, new { position = "agree", content = "Thống nhất." }));

        Assert.That(simple["verdict"]!.GetValue<string>(), Is.EqualTo("clear"));
        Assert.That(unknown["verdict"]!.GetValue<string>(), Is.EqualTo("vague"));
    }

    [Test]
    public async Task Should_judge_a_draft_without_a_position_as_vague_rather_than_refuse_it()
    {
        var response = await As("STP").PostAsJsonAsync(Path, new { content = "Sở Tư pháp không có ý kiến." });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await Json(response))["reasons"]![0]!["code"]!.GetValue<string>(), Is.EqualTo("position_missing"));
    }

    [TestCase("SYT")]
    [TestCase("admin")]
    public async Task Should_hide_a_consultation_the_caller_is_not_party_to(string who)
    {
        var id = await OpenAsync();

        var response = await As(who).PostAsJsonAsync(Path, new { position = "agree", content = "Thống nhất.", consultationId = id });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await Json(response))["code"]!.GetValue<string>(), Is.EqualTo("consultation_not_found"));
    }

    [TestCase("STC")]
    [TestCase("supervisor")]
    public async Task Should_let_the_lead_and_the_supervisor_use_a_consultation_as_context(string who)
    {
        var id = await OpenAsync();

        var response = await As(who).PostAsJsonAsync(Path, new { position = "disagree", content = "Không đồng ý.", consultationId = id });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    public static IEnumerable<TestCaseData> BadDrafts()
    {
        yield return new TestCaseData(new { position = "agree" }, "content").SetArgDisplayNames("no content");
        yield return new TestCaseData(new { position = "maybe", content = "Thống nhất." }, "position").SetArgDisplayNames("unknown position");
        yield return new TestCaseData(new { content = "Thống nhất.", issue = Meeting, consultationId = Guid.NewGuid() }, "issue").SetArgDisplayNames("two contexts");
    }

    [TestCaseSource(nameof(BadDrafts))]
    public async Task Should_refuse_a_malformed_draft_naming_the_field(object draft, string field)
    {
        var response = await As("STP", "en").PostAsJsonAsync(Path, draft);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var problem = await Json(response);
        Assert.That(problem["title"]!.GetValue<string>(), Is.EqualTo("The request is not valid."));
        Assert.That(problem["errors"]!.AsObject().Select(e => e.Key), Does.Contain(field));
    }

    [Test]
    public async Task Should_explain_in_English_when_asked_and_in_Vietnamese_otherwise()
    {
        var draft = new { position = "agree", content = "Sở đang nghiên cứu, sẽ có ý kiến sau.", issue = "Dự toán kinh phí mua sắm xe cứu thương năm 2027" };

        var english = await Json(await As("STP", "en").PostAsJsonAsync(Path, draft));
        var vietnamese = await Json(await As("STP").PostAsJsonAsync(Path, draft));

        Assert.That(english["reasons"]!.AsArray().Select(r => r!["message"]!.GetValue<string>()), Has.Some.StartsWith("The sentence"));
        Assert.That(vietnamese["reasons"]!.AsArray().Select(r => r!["message"]!.GetValue<string>()), Has.Some.StartsWith("Câu"));
    }
}

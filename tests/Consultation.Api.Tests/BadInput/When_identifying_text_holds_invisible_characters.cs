using System.Text.Json.Nodes;
using Consultation.TestSupport;

namespace Consultation.Api.Tests.BadInput;

/// <summary>
/// Finding L7: a bidi override or a zero-width character in a document number or a title lets a lead
/// make it read as another in other agencies' mails and in the reports. Fields that identify something
/// are one line of visible text; free text (an issue, an answer) keeps its line breaks.
/// </summary>
[TestFixture(typeof(SqliteDb))]
[TestFixture(typeof(PostgresDb))]
[TestFixture(typeof(SqlServerDb))]
public sealed class When_identifying_text_holds_invisible_characters<TDatabase> : BadInputScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    public static IEnumerable<TestCaseData> Invisible()
    {
        yield return new TestCaseData("\u202E").SetArgDisplayNames("right-to-left override");
        yield return new TestCaseData("\u2066").SetArgDisplayNames("left-to-right isolate");
        yield return new TestCaseData("\u200B").SetArgDisplayNames("zero-width space");
        yield return new TestCaseData("\u200D").SetArgDisplayNames("zero-width joiner");
        yield return new TestCaseData("\u200C").SetArgDisplayNames("zero-width non-joiner");
        yield return new TestCaseData("\u00AD").SetArgDisplayNames("soft hyphen");
        yield return new TestCaseData("\uFEFF").SetArgDisplayNames("byte order mark");
        yield return new TestCaseData("\U000E0041").SetArgDisplayNames("tag character");
        yield return new TestCaseData("\n").SetArgDisplayNames("line break");
        yield return new TestCaseData("\u2028").SetArgDisplayNames("line separator");
    }

    [TestCaseSource(nameof(Invisible))]
    public async Task Should_refuse_it_in_a_document_number_or_title_and_change_nothing(string invisible)
    {
        var before = await SnapshotAsync();
        var body = ValidConsultation($"125/STC-{invisible}QLNS");
        body["title"] = $"Dự thảo Quyết định{invisible} phân bổ dự toán năm 2027";

        var response = await As("STC").PostAsync("/api/v1/consultations", JsonBody(body));

        var problem = await AssertProblem(response, 400, "validation");
        Assert.That(problem["errors"]!.AsObject().Select(e => e.Key), Is.SupersetOf(new[] { "documentNumber", "title" }));
        await AssertUnchangedSince(before);
    }

    [TestCaseSource(nameof(Invisible))]
    public async Task Should_refuse_it_in_an_agency_name(string invisible)
    {
        var body = new JsonObject { ["code"] = "STT", ["name"] = $"Sở Thông tin{invisible} và Truyền thông", ["kind"] = "department", ["email"] = "stt@daklak.test" };

        var response = await As("admin").PostAsync("/api/v1/agencies", JsonBody(body));

        var problem = await AssertProblem(response, 400, "validation");
        Assert.That(problem["errors"]!.AsObject().Select(e => e.Key), Is.EqualTo(new[] { "name" }));
    }

    [Test]
    public async Task Should_say_why_in_the_callers_language()
    {
        var response = await As("STC", "en").PostAsync("/api/v1/consultations", JsonBody(ValidConsultation("125/\u202ESLQQ-CTS")));

        var problem = await AssertProblem(response, 400, "validation");
        Assert.That(problem["errors"]!["documentNumber"]![0]!.GetValue<string>(), Does.Contain("invisible"));
    }

    [Test]
    public async Task Should_keep_line_breaks_in_free_text()
    {
        var body = ValidConsultation();
        body["issue"] = "Tiêu chí phân bổ kinh phí chuyển đổi số:\n- theo dân số;\n- theo diện tích tự nhiên của 102 xã, phường";

        var response = await As("STC").PostAsync("/api/v1/consultations", JsonBody(body));

        Assert.That((int)response.StatusCode, Is.EqualTo(201), await response.Content.ReadAsStringAsync());
    }
}

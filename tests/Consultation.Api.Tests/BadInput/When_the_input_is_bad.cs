using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Consultation.TestSupport;

namespace Consultation.Api.Tests.BadInput;

/// <summary>Bad input gets a clear 4xx problem, changes nothing, and never shows the service's insides.</summary>
[TestFixture(typeof(SqliteDb))]
[TestFixture(typeof(PostgresDb))]
[TestFixture(typeof(SqlServerDb))]
public sealed class When_the_input_is_bad<TDatabase> : ApiScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private static readonly string[] Internals = ["Exception", "   at ", "Npgsql", "Sqlite", "SqlClient", "System.", "Consultation.Core", "stack"];

    public static IEnumerable<TestCaseData> BadBodies()
    {
        yield return new TestCaseData("{\"documentNumber\": ", 400, "$").SetArgDisplayNames("truncated JSON");
        yield return new TestCaseData("not json at all", 400, "$").SetArgDisplayNames("not JSON");
        yield return new TestCaseData("", 400, "$").SetArgDisplayNames("empty body");
        yield return new TestCaseData("[1, 2, 3]", 400, "$").SetArgDisplayNames("an array instead of an object");
        yield return new TestCaseData(With(b => b["workingDays"] = "five"), 400, "workingDays").SetArgDisplayNames("text for a number");
        yield return new TestCaseData(With(b => b["workingDays"] = 2.5), 400, "workingDays").SetArgDisplayNames("a fraction for whole days");
        yield return new TestCaseData(With(b => b["silenceMeansConsent"] = "yes"), 400, "silenceMeansConsent").SetArgDisplayNames("text for a boolean");
        yield return new TestCaseData(With(b => b["consultees"] = "STP"), 400, "consultees").SetArgDisplayNames("text for a list");
        yield return new TestCaseData(With(b => b["title"] = 42), 400, "title").SetArgDisplayNames("a number for text");
        yield return new TestCaseData(With(b => b["priority"] = "high"), 400, "priority").SetArgDisplayNames("an unknown field");
        yield return new TestCaseData(With(b => b["urgency"] = "HOA_TOC"), 400, "urgency").SetArgDisplayNames("an enum value in the wrong case");
    }

    [TestCaseSource(nameof(BadBodies))]
    public async Task Should_answer_a_problem_naming_the_field_and_change_nothing(string body, int status, string field)
    {
        var before = await CountConsultationsAsync();

        var response = await As("STC").PostAsync("/api/v1/consultations", JsonBody(body));

        Assert.That((int)response.StatusCode, Is.EqualTo(status));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(Internals.Where(i => text.Contains(i, StringComparison.OrdinalIgnoreCase)), Is.Empty, text);
        var problem = JsonNode.Parse(text)!.AsObject();
        if (field != "$")
        {
            Assert.That(problem["errors"]!.AsObject().Select(e => e.Key), Does.Contain(field), text);
        }
        Assert.That(await CountConsultationsAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task Should_refuse_an_oversized_body_with_413()
    {
        var before = await CountConsultationsAsync();
        var body = ValidConsultation();
        body["issue"] = new string('x', 300 * 1024);

        var response = await As("STC").PostAsync("/api/v1/consultations", JsonBody(body));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That((await Json(response))["title"]!.GetValue<string>(), Does.Contain("dung lượng"));
        Assert.That(await CountConsultationsAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task Should_refuse_a_body_that_is_not_json_with_415()
    {
        var response = await As("STC").PostAsync("/api/v1/consultations",
            new StringContent(ValidConsultation().ToJsonString(), Encoding.UTF8, "text/plain"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task Should_answer_an_unknown_route_with_a_problem()
    {
        var response = await As("STC").GetAsync("/api/v1/consultations/not-a-guid/anything");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task Should_refuse_a_bad_query_parameter_naming_it()
    {
        var response = await As("STC").GetAsync("/api/v1/consultations?pageSize=lots");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await Json(response))["errors"]!.AsObject().Select(e => e.Key), Does.Contain("pageSize"));
    }

    [Test]
    public async Task Should_store_and_return_text_that_looks_like_sql_or_html_verbatim()
    {
        const string Title = "Dự thảo <script>alert('x')</script>'; DROP TABLE consultations; --";
        const string Issue = "Robert'); DELETE FROM agencies WHERE ('1'='1 — <b>đậm</b> &amp; \"trích dẫn\" về phân bổ kinh phí năm 2027";
        var body = ValidConsultation();
        body["title"] = Title;
        body["issue"] = Issue;
        var id = await OpenAsync(body);

        var detail = await Json(await As("STP").GetAsync($"/api/v1/consultations/{id}"));

        Assert.That(detail["title"]!.GetValue<string>(), Is.EqualTo(Title));
        Assert.That(detail["issue"]!.GetValue<string>(), Is.EqualTo(Issue));
        Assert.That((await As("STC").GetAsync("/api/v1/agencies/STP")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Should_store_Vietnamese_typed_in_NFD_as_NFC_and_judge_it_the_same()
    {
        var title = "Dự thảo kế hoạch cải cách hành chính năm 2027";
        var issue = "Bổ sung chỉ tiêu số hóa hồ sơ thủ tục hành chính cấp xã trong kế hoạch năm 2027";
        var body = ValidConsultation();
        body["title"] = title.Normalize(NormalizationForm.FormD);
        body["issue"] = issue.Normalize(NormalizationForm.FormD);
        var id = await OpenAsync(body);

        var detail = await Json(await As("STC").GetAsync($"/api/v1/consultations/{id}"));

        Assert.That(detail["title"]!.GetValue<string>(), Is.EqualTo(title.Normalize(NormalizationForm.FormC)));
        Assert.That(detail["issue"]!.GetValue<string>(), Is.EqualTo(issue.Normalize(NormalizationForm.FormC)));
        var copy = ValidConsultation();
        copy["title"] = title;
        copy["issue"] = title.Normalize(NormalizationForm.FormD);
        var refused = await As("STC").PostAsync("/api/v1/consultations", JsonBody(copy));
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "an NFD copy of the title is still a copy");
    }

    [Test]
    public async Task Should_accept_text_typed_without_diacritics()
    {
        var body = ValidConsultation();
        body["title"] = "Du thao quyet dinh phan bo du toan chi chuyen doi so nam 2027";
        body["issue"] = "Tieu chi phan bo kinh phi chuyen doi so cho cac xa, phuong theo dan so va dien tich";
        body["proposedDirection"] = "Phan bo 60% theo dan so, 40% theo dien tich, toi thieu 500 trieu dong moi xa";

        var response = await As("STC").PostAsync("/api/v1/consultations", JsonBody(body));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    private static string With(Action<JsonObject> change)
    {
        var body = ValidConsultation();
        change(body);
        return body.ToJsonString();
    }
}

using System.Net;
using System.Text.Json.Nodes;
using Consultation.TestSupport;

namespace Consultation.Api.Tests.Consultations;

/// <summary>Item 1(i): state the issue and the proposed direction; consult only the units concerned.</summary>
[TestFixture(typeof(SqliteDb))]
[TestFixture(typeof(PostgresDb))]
[TestFixture(typeof(SqlServerDb))]
public sealed class When_opening_a_consultation<TDatabase> : ApiScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    [Test]
    public async Task Should_create_it_with_one_pending_assignment_per_consultee_due_in_working_days()
    {
        var response = await As("STC").PostAsync("/api/v1/consultations", JsonBody(ValidConsultation()));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var body = await Json(response);
        Assert.That(response.Headers.Location!.ToString(), Is.EqualTo($"/api/v1/consultations/{body["id"]}"));
        Assert.That(body["leadAgencyCode"]!.GetValue<string>(), Is.EqualTo("STC"));
        Assert.That(body["status"]!.GetValue<string>(), Is.EqualTo("open"));
        Assert.That(body["silenceMeansConsent"]!.GetValue<bool>(), Is.False);
        var assignments = body["assignments"]!.AsArray();
        Assert.That(assignments.Select(a => a!["agencyCode"]!.GetValue<string>()), Is.EquivalentTo(new[] { "STP", "SXD" }));
        // Received Tuesday 1/12/2026; five working days end at 24:00 on Tuesday 8/12 in Vietnam (17:00 UTC).
        Assert.That(DateTimeOffset.Parse(assignments[0]!["dueAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture),
            Is.EqualTo(new DateTimeOffset(2026, 12, 8, 17, 0, 0, TimeSpan.Zero)));
        Assert.That(assignments.All(a => a!["status"]!.GetValue<string>() == "pending"), Is.True);
    }

    [Test]
    public async Task Should_store_silence_means_consent_when_the_lead_states_it()
    {
        var body = ValidConsultation();
        body["silenceMeansConsent"] = true;
        var id = await OpenAsync(body);

        var detail = await Json(await As("STP").GetAsync($"/api/v1/consultations/{id}"));

        Assert.That(detail["silenceMeansConsent"]!.GetValue<bool>(), Is.True);
    }

    [Test]
    public async Task Should_take_the_default_period_of_the_urgency_when_no_due_moment_is_given()
    {
        var body = ValidConsultation();
        body.Remove("workingDays");
        body["urgency"] = "hoa_toc";

        var response = await As("STC").PostAsync("/api/v1/consultations", JsonBody(body));

        var due = (await Json(response))["assignments"]![0]!["dueAt"]!.GetValue<string>();
        // Hỏa tốc: one working day, so the end of Wednesday 2/12 in Vietnam.
        Assert.That(DateTimeOffset.Parse(due, System.Globalization.CultureInfo.InvariantCulture),
            Is.EqualTo(new DateTimeOffset(2026, 12, 2, 17, 0, 0, TimeSpan.Zero)));
    }

    [Test]
    public async Task Should_accept_a_due_moment_with_an_offset()
    {
        var body = ValidConsultation();
        body.Remove("workingDays");
        body["dueAt"] = "2026-12-05T17:00:00+07:00";

        var response = await As("STC").PostAsync("/api/v1/consultations", JsonBody(body));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var due = (await Json(response))["assignments"]![0]!["dueAt"]!.GetValue<string>();
        Assert.That(DateTimeOffset.Parse(due, System.Globalization.CultureInfo.InvariantCulture),
            Is.EqualTo(new DateTimeOffset(2026, 12, 5, 10, 0, 0, TimeSpan.Zero)));
    }

    public static IEnumerable<TestCaseData> BrokenRules()
    {
        yield return Case("issue is missing", b => b.Remove("issue"), "issue");
        yield return Case("issue is blank", b => b["issue"] = "   \n ", "issue");
        yield return Case("issue is a few words", b => b["issue"] = "Xin ý kiến dự thảo", "issue");
        yield return Case("issue copies the title", b => b["issue"] = b["title"]!.GetValue<string>(), "issue");
        yield return Case("issue is the title in other case and without diacritics",
            b => b["issue"] = "du thao quyet dinh phan bo du toan chi chuyen doi so nam 2027", "issue");
        yield return Case("direction is missing", b => b.Remove("proposedDirection"), "proposedDirection");
        yield return Case("direction is a few words", b => b["proposedDirection"] = "Đề nghị cho ý kiến", "proposedDirection");
        yield return Case("direction repeats the issue", b => b["proposedDirection"] = b["issue"]!.GetValue<string>(), "proposedDirection");
        yield return Case("title is missing", b => b.Remove("title"), "title");
        yield return Case("document number is missing", b => b.Remove("documentNumber"), "documentNumber");
        yield return Case("document number is too long", b => b["documentNumber"] = new string('1', 65), "documentNumber");
        yield return Case("urgency is unknown", b => b["urgency"] = "gap", "urgency");
        yield return Case("no consultees", b => b["consultees"] = new JsonArray(), "consultees");
        yield return Case("consultees missing", b => b.Remove("consultees"), "consultees");
        yield return Case("consultee is not registered", b => b["consultees"]![0]!["agencyCode"] = "SGTVT", "consultees[0].agencyCode");
        yield return Case("consultee code is malformed", b => b["consultees"]![0]!["agencyCode"] = "S T P", "consultees[0].agencyCode");
        yield return Case("consultee without a reason", b => b["consultees"]![0]!.AsObject().Remove("reason"), "consultees[0].reason");
        yield return Case("consultee with a blank reason", b => b["consultees"]![0]!["reason"] = " ", "consultees[0].reason");
        yield return Case("lead consults itself", b => b["consultees"]![1]!["agencyCode"] = "STC", "consultees[1].agencyCode");
        yield return Case("the same agency twice", b => b["consultees"]![1]!["agencyCode"] = "stp", "consultees[1].agencyCode");
        yield return Case("both dueAt and workingDays", b => b["dueAt"] = "2026-12-20T17:00:00+07:00", "dueAt");
        yield return Case("dueAt in the past", b => { b.Remove("workingDays"); b["dueAt"] = "2026-11-30T17:00:00+07:00"; }, "dueAt");
        yield return Case("dueAt without an offset", b => { b.Remove("workingDays"); b["dueAt"] = "2026-12-20T17:00:00"; }, "dueAt");
        yield return Case("dueAt is not a time", b => { b.Remove("workingDays"); b["dueAt"] = "ngày mai"; }, "dueAt");
        yield return Case("zero working days", b => b["workingDays"] = 0, "workingDays");
        yield return Case("absurd working days", b => b["workingDays"] = 5000, "workingDays");
        yield return Case("control characters", b => b["title"] = "Dự thảo\u0000 quyết định", "title");
    }

    [TestCaseSource(nameof(BrokenRules))]
    public async Task Should_refuse_with_a_field_error_and_create_nothing(Action<JsonObject> breakIt, string field)
    {
        var before = await CountConsultationsAsync();
        var body = ValidConsultation();
        breakIt(body);

        var response = await As("STC").PostAsync("/api/v1/consultations", JsonBody(body));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
        var problem = await Json(response);
        Assert.That(problem["errors"]!.AsObject().Select(e => e.Key), Does.Contain(field));
        Assert.That(problem["title"]!.GetValue<string>(), Is.EqualTo("Dữ liệu gửi lên chưa hợp lệ."));
        Assert.That(await CountConsultationsAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task Should_refuse_an_inactive_consultee()
    {
        var admin = As("admin");
        var registered = await admin.PostAsync("/api/v1/agencies", JsonBody(new JsonObject
        {
            ["code"] = "SCU",
            ["name"] = "Sở cũ đã giải thể",
            ["kind"] = "department",
            ["email"] = "scu@daklak.test",
            ["active"] = false,
        }));
        Assert.That(registered.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var body = ValidConsultation();
        body["consultees"]![0]!["agencyCode"] = "SCU";

        var response = await As("STC").PostAsync("/api/v1/consultations", JsonBody(body));

        var errors = (await Json(response))["errors"]!.AsObject();
        Assert.That(errors["consultees[0].agencyCode"]![0]!.GetValue<string>(), Does.Contain("ngừng hoạt động"));
    }

    [Test]
    public async Task Should_refuse_a_second_consultation_with_the_same_document_number()
    {
        await OpenAsync(ValidConsultation("77/STC-QLNS"));

        var again = await As("STC").PostAsync("/api/v1/consultations", JsonBody(ValidConsultation("77/STC-QLNS")));

        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
    }

    [Test]
    public async Task Should_explain_in_English_when_asked()
    {
        var body = ValidConsultation();
        body["issue"] = "Xin ý kiến";

        var response = await As("STC", "en-US,en;q=0.9").PostAsync("/api/v1/consultations", JsonBody(body));

        var problem = await Json(response);
        Assert.That(problem["title"]!.GetValue<string>(), Is.EqualTo("The request is not valid."));
        Assert.That(problem["errors"]!["issue"]![0]!.GetValue<string>(), Does.StartWith("State it in substance"));
    }

    private static TestCaseData Case(string name, Action<JsonObject> breakIt, string field) =>
        new TestCaseData(breakIt, field).SetArgDisplayNames(name);
}

using System.Net;
using System.Net.Http.Json;
using Consultation.TestSupport;

namespace Consultation.Api.Tests.Security;

/// <summary>
/// Each endpoint × each role × own and foreign consultation. STC leads, STP is consulted, SYT is a
/// bystander to the consultation; "nobody" sends no key. A foreign consultation is reported absent (404).
/// </summary>
[TestFixture(typeof(SqliteDb))]
[TestFixture(typeof(PostgresDb))]
[TestFixture(typeof(SqlServerDb))]
public sealed class Authorization_matrix<TDatabase> : ApiScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private static int Sequence;

    public sealed record Call(string Method, string Path, Func<object?> Body);

    private static readonly Dictionary<string, Call> Calls = new()
    {
        ["list agencies"] = new("GET", "/api/v1/agencies", () => null),
        ["read agency"] = new("GET", "/api/v1/agencies/STP", () => null),
        ["register agency"] = new("POST", "/api/v1/agencies", () => new { code = $"MTX{Interlocked.Increment(ref Sequence)}", name = "Ban Quản lý dự án", kind = "other", email = "bql@daklak.test" }),
        ["issue agency key"] = new("POST", "/api/v1/agencies/STP/keys", () => new { role = "agency" }),
        ["issue ops key"] = new("POST", "/api/v1/keys", () => new { role = "ops" }),
        ["revoke key"] = new("DELETE", "/api/v1/keys/0000000000", () => null),
        ["open consultation"] = new("POST", "/api/v1/consultations", OpenedByAnyone),
        ["list consultations"] = new("GET", "/api/v1/consultations", () => null),
        ["read consultation"] = new("GET", "/api/v1/consultations/{id}", () => null),
        ["answer"] = new("POST", "/api/v1/consultations/{id}/answers", () => Answer()),
        ["review"] = new("POST", "/api/v1/consultations/{id}/assignments/STP/review", () => new { decision = "accept" }),
        ["extend"] = new("POST", "/api/v1/consultations/{id}/assignments/STP/extension", () => new { workingDays = 20, reason = "Gia hạn theo đề nghị" }),
        ["close"] = new("POST", "/api/v1/consultations/{id}/close", () => new { synthesis = "Tổng hợp ý kiến các sở, trình UBND tỉnh xem xét quyết định." }),
        ["preview assessment"] = new("POST", "/api/v1/assessments", () => new { position = "agree", content = "Thống nhất." }),
    };

    /// <summary>Consults SNV and SXD, so that every agency in the scenario may lead it without consulting itself.</summary>
    private static System.Text.Json.Nodes.JsonObject OpenedByAnyone()
    {
        var body = ValidConsultation();
        body["consultees"]![0]!["agencyCode"] = "SNV";
        return body;
    }

    // Expected status per caller: nobody, admin, ops, supervisor, lead (STC), consulted (STP), bystander (SYT).
    private static readonly (string Call, int[] Expected)[] Matrix =
    [
        ("list agencies", [401, 200, 200, 200, 200, 200, 200]),
        ("read agency", [401, 200, 200, 200, 200, 200, 200]),
        ("register agency", [401, 201, 403, 403, 403, 403, 403]),
        ("issue agency key", [401, 201, 403, 403, 403, 403, 403]),
        ("issue ops key", [401, 201, 403, 403, 403, 403, 403]),
        ("revoke key", [401, 404, 403, 403, 403, 403, 403]),
        ("open consultation", [401, 403, 403, 403, 201, 201, 201]),
        ("list consultations", [401, 403, 403, 200, 200, 200, 200]),
        ("read consultation", [401, 403, 403, 200, 200, 200, 404]),
        ("answer", [401, 403, 403, 403, 403, 201, 404]),
        ("review", [401, 403, 403, 403, 409, 403, 404]),
        ("extend", [401, 403, 403, 403, 200, 403, 404]),
        ("close", [401, 403, 403, 403, 200, 403, 404]),
        ("preview assessment", [401, 200, 200, 200, 200, 200, 200]),
    ];

    private static readonly string[] Callers = ["nobody", "admin", "ops", "supervisor", "STC", "STP", "SYT"];

    public static IEnumerable<TestCaseData> Cases() =>
        from row in Matrix
        from i in Enumerable.Range(0, Callers.Length)
        select new TestCaseData(row.Call, Callers[i], row.Expected[i]).SetArgDisplayNames(row.Call, Callers[i], row.Expected[i].ToString(System.Globalization.CultureInfo.InvariantCulture));

    [TestCaseSource(nameof(Cases))]
    public async Task Should_answer_with_the_expected_status(string call, string caller, int expected)
    {
        var (method, path, body) = Calls[call];
        if (path.Contains("{id}", StringComparison.Ordinal))
        {
            path = path.Replace("{id}", (await OpenAsync()).ToString(), StringComparison.Ordinal);
        }
        var client = caller == "nobody" ? Factory.CreateClient() : As(caller);
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body() is { } content)
        {
            request.Content = JsonContent.Create(content);
        }

        var response = await client.SendAsync(request);

        Assert.That((int)response.StatusCode, Is.EqualTo(expected), await response.Content.ReadAsStringAsync());
        if (expected >= 400)
        {
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        }
    }

    [Test]
    public async Task Should_refuse_a_revoked_key()
    {
        var admin = As("admin");
        var issued = await Json(await admin.PostAsJsonAsync("/api/v1/agencies/SYT/keys", new { role = "agency" }));
        var key = issued["key"]!.GetValue<string>();
        Assert.That((await Client(key).GetAsync("/api/v1/consultations")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var revoked = await admin.DeleteAsync($"/api/v1/keys/{issued["prefix"]!.GetValue<string>()}");

        Assert.That(revoked.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That((await Client(key).GetAsync("/api/v1/consultations")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Should_refuse_a_key_with_a_valid_prefix_and_a_wrong_secret()
    {
        var key = KeyOf("STP");
        var forged = key[..^4] + (key.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");

        var response = await Client(forged).GetAsync("/api/v1/consultations");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Should_refuse_an_agency_key_with_an_admin_role()
    {
        var response = await As("admin").PostAsJsonAsync("/api/v1/agencies/STP/keys", new { role = "admin" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }
}

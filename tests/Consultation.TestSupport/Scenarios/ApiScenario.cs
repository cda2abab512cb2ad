using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Consultation.TestSupport;

/// <summary>
/// A running API with a few registered agencies and their keys, set up through the API itself as an
/// administrator would: STC leads, STP and SXD are consulted, SYT is a bystander, SNV supervises.
/// </summary>
public abstract class ApiScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private readonly Dictionary<string, string> _keys = new(StringComparer.Ordinal);

    protected ConsultationApiFactory Factory { get; private set; } = null!;

    protected virtual IDictionary<string, string?>? Settings => null;

    /// <summary>
    /// Serve through real Kestrel on a loopback port instead of the in-memory test server, for specs
    /// about what only a real server does: body size limits, header validation, chunked bodies.
    /// </summary>
    protected virtual bool OverKestrel => false;

    public static readonly string[] Agencies = ["STC", "STP", "SXD", "SYT", "SNV"];

    [OneTimeSetUp]
    public async Task StartApi()
    {
        var database = new TDatabase();
        database.Create();
        Factory = new ConsultationApiFactory(database, Settings);
        if (OverKestrel)
        {
            Factory.UseKestrel(0);
        }
        var admin = Client(ConsultationApiFactory.AdminKey);
        foreach (var code in Agencies)
        {
            var created = await admin.PostAsJsonAsync("/api/v1/agencies", new
            {
                code,
                name = $"Sở {code} tỉnh Đắk Lắk",
                kind = "department",
                email = $"{code.ToLowerInvariant()}@daklak.test",
                headEmail = $"head.{code.ToLowerInvariant()}@daklak.test",
            });
            Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
            _keys[code] = await IssueKeyAsync(admin, code, "agency");
        }
        _keys["supervisor"] = await IssueKeyAsync(admin, "SNV", "supervisor");
        var ops = await admin.PostAsJsonAsync("/api/v1/keys", new { role = "ops" });
        _keys["ops"] = (await Json(ops))["key"]!.GetValue<string>();
    }

    [OneTimeTearDown]
    public void StopApi()
    {
        // Null when the fixture was ignored because its database server is not configured.
        if (Factory is not null)
        {
            Factory.Dispose();
            Factory.Database.Dispose();
        }
    }

    protected HttpClient Client(string key, string? language = null)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        if (language is not null)
        {
            client.DefaultRequestHeaders.Add("Accept-Language", language);
        }
        return client;
    }

    protected HttpClient As(string who, string? language = null) =>
        Client(who == "admin" ? ConsultationApiFactory.AdminKey : _keys[who], language);

    protected string KeyOf(string who) => _keys[who];

    protected static async Task<JsonObject> Json(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    /// <summary>A request that satisfies every rule of item 1(i); tests change one thing at a time.</summary>
    public static JsonObject ValidConsultation(string? documentNumber = null) => new()
    {
        ["documentNumber"] = documentNumber ?? $"{Guid.NewGuid().ToString("N")[..10]}/STC-QLNS",
        ["title"] = "Dự thảo Quyết định phân bổ dự toán chi chuyển đổi số năm 2027",
        ["issue"] = "Tiêu chí phân bổ kinh phí chuyển đổi số cho 102 xã, phường theo dân số và diện tích tự nhiên",
        ["proposedDirection"] = "Phân bổ 60% theo dân số, 40% theo diện tích; mỗi xã tối thiểu 500 triệu đồng",
        ["urgency"] = "khan",
        ["workingDays"] = 5,
        ["consultees"] = new JsonArray(
            new JsonObject { ["agencyCode"] = "STP", ["reason"] = "Thẩm định tính hợp pháp của dự thảo quyết định" },
            new JsonObject { ["agencyCode"] = "SXD", ["reason"] = "Quản lý hạ tầng kỹ thuật liên quan" }),
    };

    protected async Task<Guid> OpenAsync(JsonObject? body = null)
    {
        var response = await As("STC").PostAsync("/api/v1/consultations", JsonBody(body ?? ValidConsultation()));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return Guid.Parse((await Json(response))["id"]!.GetValue<string>());
    }

    protected async Task<int> CountConsultationsAsync()
    {
        var response = await As("supervisor").GetAsync("/api/v1/consultations?pageSize=1");
        return (await Json(response))["total"]!.GetValue<int>();
    }

    protected static StringContent JsonBody(JsonNode body) => JsonBody(body.ToJsonString());

    protected static StringContent JsonBody(string raw) => new(raw, System.Text.Encoding.UTF8, "application/json");

    public static object Answer(string position = "agree_with_comments", string content = "Đề nghị bổ sung căn cứ Nghị quyết 15/2025/NQ-HĐND vào phần căn cứ") =>
        new { position, content, legalBasis = "Luật Ngân sách nhà nước 2015, Điều 30" };

    private static async Task<string> IssueKeyAsync(HttpClient admin, string code, string role)
    {
        var response = await admin.PostAsJsonAsync($"/api/v1/agencies/{code}/keys", new { role });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return (await Json(response))["key"]!.GetValue<string>();
    }

    protected static readonly JsonSerializerOptions Web = JsonSerializerOptions.Web;
}

using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Consultation.TestSupport;
using Consultation.Worker.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;

namespace Consultation.Worker.Tests.Portal;

/// <summary>
/// The agency portal in a real browser (Debian's Chromium driven by Playwright) against PostgreSQL,
/// RabbitMQ and a real SMTP server: a clerk from the link in the worker's email to a sent answer, the
/// lead through review, redirect and close, the supervisor on the dashboard; axe-core on every page at
/// desktop width and at 390 pixels.
/// </summary>
[TestFixture(typeof(PostgresDb))]
public sealed partial class When_agencies_work_in_the_portal<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private const string Chromium = "/usr/bin/chromium";

    [Test]
    public async Task Should_take_a_clerk_from_the_email_to_a_sent_answer_and_the_lead_to_a_closed_consultation()
    {
        if (!File.Exists(Chromium))
        {
            Assert.Ignore($"Chromium is not installed at {Chromium} (tests/run.sh installs Debian's package).");
        }
        _ = Axe.Script;
        var broker = RabbitBroker.Require();
        using var database = new TDatabase();
        database.Create();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 2, 0, 0, TimeSpan.Zero));
        await using var smtp = await SmtpSink.StartAsync();
        var port = FreePort();
        var site = $"http://localhost:{port}";
        await using var api = new ConsultationApiFactory(database, clock: clock);
        api.UseKestrel(port);
        api.StartServer();
        await using var worker = await WorkerUnderTest.StartAsync(database, broker, clock, new Dictionary<string, string?>
        {
            ["Mail:From"] = "theodoi.laykien@daklak.test",
            ["Mail:Smtp:Host"] = "127.0.0.1",
            ["Mail:Smtp:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Portal:BaseUrl"] = site,
        });
        var keys = await RegisterAsync(api);
        var id = await OpenAsync(api.Client(keys["SXD"]));
        // Two requests to the lead itself, so its inbox has something to answer: one falls overdue below.
        await OpenToAsync(api.Client(keys["STP"]), "15/STP-XDPL", "Dự thảo Nghị quyết quy định mức thu phí thẩm định dự án đầu tư xây dựng", 1);
        await OpenToAsync(api.Client(keys["STC"]), "220/STC-QLNS", "Phương án phân bổ vốn đầu tư công năm 2027 cho hạ tầng đô thị", 10);
        var email = await MailToAsync(worker, smtp, clock, "stp@daklak.test");
        var link = LinkIn(email.Html);
        Assert.That(LinkIn(email.Text), Is.EqualTo(link), "the text part carries the same link");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });

        // The clerk of STP, from the email.
        var clerk = await NewPageAsync(browser);
        await clerk.GotoAsync(link);
        Assert.That(clerk.Url, Is.EqualTo($"{site}/portal/consultations/{id}"), "the token leaves the address bar");
        await Axe.AssertCleanAsync(clerk, "the answer form");
        await clerk.CheckAsync("#position-disagree");
        await clerk.FillAsync("#content", "Sở Tư pháp không thống nhất nâng mật độ xây dựng lên 45% vì trái khoản 3 Điều 12 QCVN 01:2021/BXD; đề nghị giữ mức 40% như quy hoạch được duyệt.");
        await clerk.FillAsync("#legalBasis", "QCVN 01:2021/BXD");
        await clerk.WaitForSelectorAsync("#assessment [data-verdict]");
        Assert.That(await clerk.GetAttributeAsync("#assessment [data-verdict]", "data-verdict"), Is.EqualTo("clear"), "the live assessment, before sending");
        await ScreenshotAsync(clerk, "portal-answer.png");
        await clerk.ClickAsync("#send-answer");
        await clerk.WaitForSelectorAsync("#notice");
        Assert.That(await clerk.InnerTextAsync("#assignment-STP"), Does.Contain("Không thống nhất").And.Contain("Rõ ràng"), "the sent answer with its assessment");
        await Axe.AssertCleanAsync(clerk, "the consultation after answering");
        await clerk.GotoAsync($"{site}/portal");
        Assert.That(clerk.Url, Is.EqualTo($"{site}/portal/consultations/{id}"), "a link session has no inbox");
        var elsewhere = await clerk.GotoAsync($"{site}/portal/consultations/{Guid.NewGuid()}");
        Assert.That(elsewhere!.Status, Is.EqualTo(403));
        Assert.That(await clerk.InnerTextAsync("h1"), Is.EqualTo("Liên kết này không mở được trang đó"));
        await Axe.AssertCleanAsync(clerk, "the out-of-scope page");

        // Links misused: altered, or opened in a browser signed in for another agency.
        var stranger = await NewPageAsync(browser);
        var altered = await stranger.GotoAsync(link[..^3] + (link[^3] == 'A' ? "B" : "A") + link[^2..]);
        Assert.That(altered!.Status, Is.EqualTo(400));
        Assert.That(await stranger.InnerTextAsync("h1"), Is.EqualTo("Đường liên kết không hợp lệ"));
        Assert.That(await stranger.ContentAsync(), Does.Not.Contain("45%"), "nothing of the consultation");
        await Axe.AssertCleanAsync(stranger, "the invalid-link page");

        // STC answers through the API that the matter is the Department of Industry and Trade's.
        var referred = await api.Client(keys["STC"]).PostAsJsonAsync($"/api/v1/consultations/{id}/answers", new
        {
            position = "not_competent",
            content = "Nội dung điều chỉnh chỉ tiêu mật độ xây dựng không thuộc chức năng, nhiệm vụ của Sở Tài chính; đề nghị lấy ý kiến Sở Công Thương về hạ tầng thương mại của khu.",
            competentAgencyCode = "SCT",
        });
        Assert.That((int)referred.StatusCode, Is.EqualTo(201));

        // The lead, signed in with its key, three days later.
        clock.Advance(TimeSpan.FromDays(3));
        var lead = await NewPageAsync(browser);
        await SignInAsync(lead, site, keys["SXD"]);
        var foreign = await lead.GotoAsync(link);
        Assert.That(foreign!.Status, Is.EqualTo(403), "another agency's link does not open in the lead's session");
        Assert.That(await lead.InnerTextAsync("h1"), Is.EqualTo("Đường liên kết dành cho đơn vị khác"));
        Assert.That(await lead.ContentAsync(), Does.Not.Contain("45%"));
        await Axe.AssertCleanAsync(lead, "the page of another agency's link");
        await lead.GotoAsync($"{site}/portal");
        Assert.That(await lead.InnerTextAsync("#leading + ul"), Does.Contain("01/SXD-QH").And.Contain("Đã trả lời 2/2 đơn vị"));
        Assert.That(await lead.InnerTextAsync("#to-answer"), Is.EqualTo("Văn bản được lấy ý kiến: 2 đang chờ trả lời, 2 đang mở"));
        Assert.That(await lead.InnerTextAsync("#to-answer + ul li:first-child .bad"), Does.StartWith("quá hạn 1 ngày làm việc"), "the overdue request first, in red, in whole working days as reports count them");
        await Axe.AssertCleanAsync(lead, "the inbox");
        await ScreenshotAsync(lead, "portal-inbox.png");
        await lead.ClickAsync($"a[href='/portal/consultations/{id}']");
        await Axe.AssertCleanAsync(lead, "the lead's consultation page");

        await lead.ClickAsync("#review-STP summary");
        await lead.CheckAsync("#STP-decision-accept");
        await lead.ClickAsync("#review-STP button[type=submit]");
        await lead.WaitForSelectorAsync("#notice");
        Assert.That(await lead.InnerTextAsync("#assignment-STP"), Does.Contain("Chấp nhận"));

        await lead.ClickAsync("#redirect-STC summary");
        Assert.That(await lead.InputValueAsync("#STC-redirect-to"), Is.EqualTo("SCT"), "the agency the answer named");
        await lead.FillAsync("#STC-redirect-reason", "Lấy ý kiến về hạ tầng thương mại của khu dân cư theo đề nghị của Sở Tài chính");
        await lead.FillAsync("#STC-redirect-days", "3");
        await lead.ClickAsync("#redirect-STC button[type=submit]");
        await lead.WaitForSelectorAsync("#assignment-SCT");
        Assert.That(await lead.InnerTextAsync("#assignment-SCT"), Does.Contain("Được chuyển từ STC"));

        await lead.FillAsync("#synthesis", "Tiếp thu ý kiến Sở Tư pháp: giữ mật độ xây dựng 40%. Sở Công Thương không trả lời trong thời hạn, báo cáo UBND tỉnh.");
        await lead.ClickAsync("#close-title ~ form button[type=submit]");
        await lead.WaitForSelectorAsync("#notice");
        Assert.That(await lead.InnerTextAsync("h1 + p"), Does.Contain("đã kết thúc"));
        Assert.That(await lead.InnerTextAsync("#synthesis"), Does.Contain("Tổng hợp"));
        await Axe.AssertCleanAsync(lead, "the closed consultation");
        await lead.GotoAsync($"{site}/portal/reports");
        await Axe.AssertCleanAsync(lead, "the reports page");

        // The supervisor, on the province-wide dashboard.
        var supervisor = await NewPageAsync(browser);
        await SignInAsync(supervisor, site, keys["SNV"]);
        Assert.That(supervisor.Url, Is.EqualTo($"{site}/portal/dashboard"));
        Assert.That(await supervisor.Locator("svg[role=img]").CountAsync(), Is.GreaterThan(0), "the on-time chart");
        Assert.That(await supervisor.InnerTextAsync("main"), Does.Contain("15/STP-XDPL").And.Contain("quá hạn 1 ngày làm việc"), "the same count as the lead's inbox");
        await Axe.AssertCleanAsync(supervisor, "the dashboard");
        await ScreenshotAsync(supervisor, "portal-dashboard.png");
        await supervisor.GotoAsync($"{site}/portal/consultations/{id}");
        Assert.That(await supervisor.Locator("#answer").CountAsync(), Is.Zero, "the supervisor reads; it does not answer");
        Assert.That(await supervisor.InnerTextAsync("#assignment-STP"), Does.Contain("QCVN 01:2021/BXD"), "and reads every answer");
    }

    private static async Task<Dictionary<string, string>> RegisterAsync(ConsultationApiFactory api)
    {
        var admin = api.Client(ConsultationApiFactory.AdminKey);
        var keys = new Dictionary<string, string>();
        foreach (var (code, name) in new[] { ("SXD", "Sở Xây dựng"), ("STP", "Sở Tư pháp"), ("STC", "Sở Tài chính"), ("SCT", "Sở Công Thương"), ("SNV", "Sở Nội vụ") })
        {
            var registered = await admin.PostAsJsonAsync("/api/v1/agencies", new { code, name, kind = "department", email = $"{code.ToLowerInvariant()}@daklak.test" });
            Assert.That((int)registered.StatusCode, Is.EqualTo(201), await registered.Content.ReadAsStringAsync());
            var role = code == "SNV" ? "supervisor" : "agency";
            var key = await (await admin.PostAsJsonAsync($"/api/v1/agencies/{code}/keys", new { role })).Content.ReadFromJsonAsync<JsonObject>();
            keys[code] = key!["key"]!.GetValue<string>();
        }
        return keys;
    }

    private static async Task<Guid> OpenAsync(HttpClient lead)
    {
        var opened = await lead.PostAsJsonAsync("/api/v1/consultations", new
        {
            documentNumber = "01/SXD-QH",
            title = "Điều chỉnh quy hoạch chi tiết khu dân cư phường Tân An",
            issue = "Điều chỉnh chỉ tiêu mật độ xây dựng của khu dân cư phường Tân An, diện tích 12 ha.",
            proposedDirection = "Nâng mật độ xây dựng tối đa từ 40% lên 45%.",
            workingDays = 5,
            consultees = new[]
            {
                new { agencyCode = "STP", reason = "Thẩm định tính pháp lý của phương án" },
                new { agencyCode = "STC", reason = "Nguồn kinh phí đầu tư hạ tầng" },
            },
        });
        Assert.That((int)opened.StatusCode, Is.EqualTo(201), await opened.Content.ReadAsStringAsync());
        return Guid.Parse((await opened.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>());
    }

    private static async Task OpenToAsync(HttpClient lead, string number, string title, int workingDays)
    {
        var opened = await lead.PostAsJsonAsync("/api/v1/consultations", new
        {
            documentNumber = number,
            title,
            issue = $"{title}: đề nghị Sở Xây dựng cho ý kiến về phần việc thuộc lĩnh vực xây dựng.",
            proposedDirection = "Giữ nguyên phương án của dự thảo, điều chỉnh theo ý kiến các sở nếu có.",
            workingDays,
            consultees = new[] { new { agencyCode = "SXD", reason = "Quản lý nhà nước về xây dựng" } },
        });
        Assert.That((int)opened.StatusCode, Is.EqualTo(201), await opened.Content.ReadAsStringAsync());
    }

    /// <summary>Runs the worker's jobs as Quartz would until the consulted agency's email has gone out.</summary>
    private static async Task<ReceivedMail> MailToAsync(WorkerUnderTest worker, SmtpSink smtp, FakeTimeProvider clock, string address)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (smtp.To(address).Count == 0 && DateTime.UtcNow < deadline)
        {
            await worker.RunJobsAsync();
            clock.Advance(TimeSpan.FromSeconds(61));
            await worker.Mail.RunAsync();
            await Task.Delay(200);
        }
        Assert.That(smtp.To(address), Has.Count.EqualTo(1), $"one email to {address}");
        return smtp.To(address)[0];
    }

    private static string LinkIn(string body)
    {
        var found = PortalLink().Match(body);
        Assert.That(found.Success, Is.True, $"a portal link in: {body}");
        return found.Value;
    }

    private static async Task<IPage> NewPageAsync(IBrowser browser)
    {
        // axe is injected as a script; the portal's content security policy would rightly refuse it.
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BypassCSP = true, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        return await context.NewPageAsync();
    }

    private static async Task SignInAsync(IPage page, string site, string key)
    {
        await page.GotoAsync($"{site}/portal/sign-in");
        await Axe.AssertCleanAsync(page, "the sign-in page");
        await page.FillAsync("#key", key);
        await page.ClickAsync("main button[type=submit]");
        await page.WaitForSelectorAsync("h1");
    }

    /// <summary>The screenshots in docs/ are taken here, when CONSULTATION_SCREENSHOTS names the folder to write them to.</summary>
    private static async Task ScreenshotAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("CONSULTATION_SCREENSHOTS") is { Length: > 0 } folder)
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name), FullPage = true });
        }
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex("""https?://[^\s"'<>]+/portal/link/[A-Za-z0-9_-]+""")]
    private static partial Regex PortalLink();
}

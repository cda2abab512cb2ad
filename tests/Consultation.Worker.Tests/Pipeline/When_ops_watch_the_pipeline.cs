using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Consultation.Core.Data;
using Consultation.TestSupport;
using Consultation.Worker.Tests.Infrastructure;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;

namespace Consultation.Worker.Tests.Pipeline;

/// <summary>A real browser (Debian's Chromium driven by Playwright) on the ops page, against PostgreSQL and RabbitMQ.</summary>
[TestFixture(typeof(PostgresDb))]
public sealed class When_ops_watch_the_pipeline<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private const string Chromium = "/usr/bin/chromium";

    [Test]
    public async Task Should_show_live_counts_redrive_a_failed_email_once_and_lock_on_sign_out()
    {
        if (!File.Exists(Chromium))
        {
            Assert.Ignore($"Chromium is not installed at {Chromium} (tests/run.sh installs Debian's package).");
        }
        var management = SpecQueue.RequireManagement();
        var broker = RabbitBroker.Require();
        using var database = new TDatabase();
        database.Create();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 2, 0, 0, TimeSpan.Zero));
        await using var queue = await SpecQueue.FillAsync(management, 7);
        await using var worker = await WorkerUnderTest.StartAsync(database, broker, clock);
        var port = FreePort();
        await using var api = new ConsultationApiFactory(database, clock: clock, settings: new Dictionary<string, string?>
        {
            ["Messaging:Transport"] = "RabbitMq",
            ["Messaging:RabbitMq:Host"] = "127.0.0.1",
            ["Messaging:RabbitMq:Port"] = broker.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Messaging:RabbitMq:ManagementUrl"] = management.ToString(),
        });
        api.UseKestrel(port);
        api.StartServer();
        var site = $"http://localhost:{port}";
        var opsKey = (await (await api.Client(ConsultationApiFactory.AdminKey).PostAsJsonAsync("/api/v1/keys", new { role = "ops" })).Content.ReadFromJsonAsync<JsonObject>())!["key"]!.GetValue<string>();
        var failedMail = await SeedAsync(worker, clock);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync();

        await page.GotoAsync($"{site}/ops");
        Assert.That(page.Url, Does.Contain("/ops/sign-in"), "nothing is reachable signed out");
        await page.FillAsync("input[name=key]", opsKey);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForSelectorAsync("#pipeline-open");

        Assert.That(await page.InnerTextAsync("#pipeline-open"), Is.EqualTo("3"));
        Assert.That(await page.InnerTextAsync("#pipeline-overdue"), Is.EqualTo("3"));
        Assert.That(await page.InnerTextAsync("#pipeline-unpublished"), Is.EqualTo("3"));
        Assert.That(await page.InnerTextAsync("#pipeline-failed"), Is.EqualTo("1"));
        Assert.That(await page.InnerTextAsync($"[data-queue='{queue.Name}']"), Is.EqualTo("7"), "the live depth read from RabbitMQ");
        Assert.That(await page.ContentAsync(), Does.Contain("&lt;script&gt;").And.Not.Contain("<script>alert"), "user text is encoded");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "ops-page.png"), FullPage = true });
        TestContext.AddTestAttachment(Path.Combine(TestContext.CurrentContext.WorkDirectory, "ops-page.png"), "the ops page");

        var redrive = page.Locator($"form[action='/ops/mails/{failedMail}/redrive']");
        var token = await redrive.Locator("input[type=hidden]").GetAttributeAsync("value");
        var field = await redrive.Locator("input[type=hidden]").GetAttributeAsync("name");
        await redrive.Locator("button").ClickAsync();
        await page.WaitForSelectorAsync("#notice");
        Assert.That(await page.InnerTextAsync("#pipeline-failed"), Is.EqualTo("0"));
        var again = await page.Context.APIRequest.PostAsync($"{site}/ops/mails/{failedMail}/redrive",
            new APIRequestContextOptions { Form = Form(page.Context.APIRequest, field!, token!), MaxRedirects = 0 });
        Assert.That(again.Headers["location"], Does.Contain("notice=not-failed"), "a second re-drive sends nothing");
        Assert.That(await CountAsync(worker, "SELECT COUNT(*) FROM mails WHERE status = 'pending'"), Is.EqualTo(1));

        await page.ClickAsync("nav form button");
        await page.GotoAsync($"{site}/ops");
        Assert.That(page.Url, Does.Contain("/ops/sign-in"), "signing out locks the page");

        var metrics = await new HttpClient().GetStringAsync($"{site}/metrics");
        Assert.That(metrics, Does.Contain("consultation_consultations_open").And.Contain("consultation_escalations_created"));
    }

    /// <summary>Three open consultations, three overdue assignments escalated but not yet published, one failed email.</summary>
    private static async Task<Guid> SeedAsync(WorkerUnderTest worker, FakeTimeProvider clock)
    {
        var facts = new Facts(worker.Services);
        await facts.AgenciesAsync("STC", "STP", "SXD", "SYT");
        var now = clock.GetUtcNow();
        var soon = now.AddDays(1);
        await facts.OpenAsync(now, soon, false, "STP", "SXD");
        await facts.OpenAsync(now, soon, false, "SYT");
        await facts.OpenAsync(now, now.AddDays(20), false, "STP");
        clock.Advance(TimeSpan.FromDays(2));
        await worker.Scanner.ScanOverdueAsync();
        var id = Guid.NewGuid();
        var db = worker.Services.GetRequiredService<Db>();
        await using var connection = await db.OpenAsync();
        await connection.ExecuteAsync(
            """
            INSERT INTO mails (id, recipient, status, item_count, attempts, created_at, next_attempt_at, last_error)
            VALUES (@id, 'stc@daklak.test', 'failed', 2, 5, @now, @now, '550 mailbox unavailable <script>alert(1)</script>')
            """,
            new { id, now = clock.GetUtcNow() });
        return id;
    }

    private static async Task<int> CountAsync(WorkerUnderTest worker, string sql)
    {
        await using var connection = await worker.Services.GetRequiredService<Db>().OpenAsync();
        return await connection.ExecuteScalarAsync<int>(sql);
    }

    private static IFormData Form(IAPIRequestContext request, string field, string token)
    {
        var form = request.CreateFormData();
        form.Set(field, token);
        return form;
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}

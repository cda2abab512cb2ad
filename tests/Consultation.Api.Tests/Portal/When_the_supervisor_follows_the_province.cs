using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Consultation.Core.Operations;
using Consultation.Core.Reports;
using Consultation.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Api.Tests.Portal;

/// <summary>
/// The supervisor's dashboard after one December request: sent Tuesday 1/12 with 5 working days (due
/// end of 8/12), STP answers on 2/12, SXD and an agency whose name carries markup never do; read on
/// Monday 14/12, they are 3 working days overdue (9, 10, 11). One monthly report is stored.
/// </summary>
[TestFixture(typeof(SqliteDb))]
[TestFixture(typeof(PostgresDb))]
public sealed partial class When_the_supervisor_follows_the_province<TDatabase> : ApiScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private const string MarkupName = "<script>alert('agency')</script> Ban Dân tộc";
    private const string MarkupTitle = "<script>alert('title')</script> Dự thảo Kế hoạch chuyển đổi số";
    private static readonly byte[] StoredDocx = "PK stored docx"u8.ToArray();

    private Guid _consultation;
    private Guid _report;

    [OneTimeSetUp]
    public async Task LetARequestPassItsDeadline()
    {
        var created = await As("admin").PostAsJsonAsync("/api/v1/agencies", new
        {
            code = "BDT",
            name = MarkupName,
            kind = "department",
            email = "bdt@daklak.test",
            headEmail = "head.bdt@daklak.test",
        });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        var body = ValidConsultation("01/STC-CĐS");
        body["title"] = MarkupTitle;
        ((JsonArray)body["consultees"]!).Add(new JsonObject { ["agencyCode"] = "BDT", ["reason"] = "Quản lý nhà nước về công tác dân tộc" });
        _consultation = await OpenAsync(body);
        Factory.Clock.Advance(TimeSpan.FromDays(1));
        var answered = await As("STP").PostAsJsonAsync($"/api/v1/consultations/{_consultation}/answers", Answer());
        Assert.That(answered.StatusCode, Is.EqualTo(HttpStatusCode.Created), await answered.Content.ReadAsStringAsync());
        Factory.Clock.Advance(TimeSpan.FromDays(12));
        _report = await Factory.Services.GetRequiredService<ReportStore>().SaveAsync(new StoredReport
        {
            Id = Guid.NewGuid(),
            Lead = NonCooperationReport.All,
            PeriodFrom = "2026-11-01",
            PeriodTo = "2026-11-30",
            GeneratedAt = Factory.Clock.GetUtcNow(),
            Json = "{}",
            Docx = StoredDocx,
            Xlsx = "PK stored xlsx"u8.ToArray(),
        });
    }

    private async Task<(string Raw, string Shown)> DashboardAsync()
    {
        var response = await (await PortalSignIn.BrowserAsync(Factory, KeyOf("supervisor"))).GetAsync("/portal/dashboard");
        var raw = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), raw);
        await PortalSamples.KeepAsync($"dashboard-{typeof(TDatabase).Name}", raw);
        return (raw, WebUtility.HtmlDecode(raw));
    }

    [Test]
    public async Task Should_chart_each_agencys_on_time_rate_and_give_the_same_figures_as_a_table()
    {
        var (_, page) = await DashboardAsync();

        Assert.That(page, Does.Contain("""<svg class="chart" role="img" aria-labelledby="trend-title trend-desc" """));
        Assert.That(page, Does.Contain("""<title id="trend-title">"""));
        Assert.That(page, Does.Contain("""<div class="scroll" tabindex="0" role="region" aria-label="Bảng tỷ lệ trả lời đúng hạn theo tháng"><table class="trend">"""));
        Assert.That(page, Does.Contain("<th scope=\"col\">Tháng 07/2026</th>").And.Contain("<th scope=\"col\">Tháng 12/2026</th>"));
        Assert.That(page, Does.Contain("""<th scope="row">Sở STP tỉnh Đắk Lắk (STP)</th><td>—</td><td>—</td><td>—</td><td>—</td><td>—</td><td>100% <span class="meta">(1/1)</span></td><td><b>100%</b></td>"""));
        Assert.That(page, Does.Contain("""<td>0% <span class="meta">(0/1)</span></td><td><b>0%</b></td>"""));
    }

    [Test]
    public async Task Should_put_the_worst_cases_first_with_links_to_them()
    {
        var (_, page) = await DashboardAsync();

        var worst = page[page.IndexOf("id=\"worst\"", StringComparison.Ordinal)..];
        Assert.That(worst, Does.Contain("Sở SXD tỉnh Đắk Lắk (SXD): <span class=\"bad\">0%</span>"));
        Assert.That(worst, Does.Contain($"""<a href="/portal/consultations/{_consultation}">01/STC-CĐS"""));
        Assert.That(worst, Does.Contain("Chờ ý kiến của: <b>Sở SXD tỉnh Đắk Lắk (SXD)</b>"));
        Assert.That(worst, Does.Contain("Hạn trả lời: 08/12/2026 — <span class=\"bad\">quá hạn 3 ngày làm việc</span>"));
        Assert.That(worst, Does.Not.Contain("(STP): "), "answered on time: not among the lowest rates");
        Assert.That(worst, Does.Not.Contain("Chờ ý kiến của: <b>Sở STP"), "STP answered");
    }

    [Test]
    public async Task Should_encode_what_agencies_wrote()
    {
        var (raw, _) = await DashboardAsync();

        Assert.That(raw, Does.Not.Contain("<script>alert"));
        Assert.That(Regex.Count(raw, "<script"), Is.EqualTo(1), "the frame's one script, none inline");
        Assert.That(raw, Does.Contain("&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt;"));
        Assert.That(raw, Does.Contain("&lt;script&gt;alert(&#x27;agency&#x27;)&lt;/script&gt;"));
    }

    [Test]
    public async Task Should_keep_its_headings_in_order()
    {
        var (raw, _) = await DashboardAsync();

        var levels = HeadingLevel().Matches(raw).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.That(levels[0], Is.EqualTo(1));
        Assert.That(levels.Zip(levels.Skip(1)).All(p => p.Second <= p.First + 1), Is.True, string.Join(",", levels));
    }

    [Test]
    public async Task Should_serve_the_stored_monthly_reports_under_the_APIs_file_names()
    {
        var (_, page) = await DashboardAsync();
        Assert.That(page, Does.Contain($"""<a href="/portal/dashboard/reports/{_report}/docx">""").And.Contain($"/portal/dashboard/reports/{_report}/xlsx"));

        var browser = await PortalSignIn.BrowserAsync(Factory, KeyOf("supervisor"));
        var response = await browser.GetAsync($"/portal/dashboard/reports/{_report}/docx");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo(ReportFiles.DocxType));
        Assert.That(response.Content.Headers.ContentDisposition!.FileName, Is.EqualTo("bao-cao-phoi-hop_all_2026-11-01_2026-11-30.docx"));
        Assert.That(response.Content.Headers.ContentDisposition.FileNameStar, Is.EqualTo("Báo cáo phối hợp toàn tỉnh 01.11.2026-30.11.2026.docx"));
        Assert.That(await response.Content.ReadAsByteArrayAsync(), Is.EqualTo(StoredDocx));
        var missing = await browser.GetAsync($"/portal/dashboard/reports/{Guid.NewGuid()}/docx");
        Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(missing.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
    }

    [Test]
    public async Task Should_read_the_longest_overdue_first_and_no_more_than_asked()
    {
        var overdue = Factory.Services.GetRequiredService<OverdueAssignments>();
        var now = Factory.Clock.GetUtcNow();

        // Both due at the same moment: then by document number and agency code.
        Assert.That((await overdue.LongestAsync(now, 10)).Select(o => o.AgencyCode), Is.EqualTo(new[] { "BDT", "SXD" }));
        Assert.That(await overdue.LongestAsync(now, 1), Has.Count.EqualTo(1));
        var due = (await overdue.LongestAsync(now, 1))[0];
        Assert.That(due.DueAt, Is.EqualTo(new DateTimeOffset(2026, 12, 9, 0, 0, 0, TimeSpan.FromHours(7))), "the end of 8/12 in Vietnam");
        Assert.That(await overdue.LongestAsync(due.DueAt, 10), Is.Empty, "not overdue at its own deadline");
    }

    [Test]
    public async Task Should_list_the_newest_stored_period_first_the_province_before_its_units()
    {
        var store = Factory.Services.GetRequiredService<ReportStore>();
        foreach (var (lead, from, to) in new[] { ("STC", "2026-10-01", "2026-10-31"), ("STC", "2026-11-01", "2026-11-30"), ("all", "2026-10-01", "2026-10-31") })
        {
            await store.SaveAsync(new StoredReport
            {
                Id = Guid.NewGuid(),
                Lead = lead,
                PeriodFrom = from,
                PeriodTo = to,
                GeneratedAt = Factory.Clock.GetUtcNow(),
                Json = "{}",
                Docx = [],
                Xlsx = [],
            });
        }

        var recent = await store.RecentAsync(3);

        Assert.That(recent.Select(r => $"{r.Lead} {r.PeriodFrom}"), Is.EqualTo(new[] { "all 2026-11-01", "STC 2026-11-01", "all 2026-10-01" }));
        Assert.That(recent[0].Id, Is.EqualTo(_report));
    }

    [TestCase("/portal/dashboard")]
    [TestCase("/portal/dashboard/reports/{0}/docx")]
    public async Task Should_refuse_an_agency_with_a_page_in_words(string path)
    {
        var response = await (await PortalSignIn.BrowserAsync(Factory, KeyOf("STC"))).GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, path, _report));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
        Assert.That(WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), Does.Contain("Trang dành cho Sở Nội vụ").And.Not.Contain("01/STC-CĐS"));
    }

    [GeneratedRegex("<h([1-6])[ >]")]
    private static partial Regex HeadingLevel();
}

using System.Net;
using System.Text.RegularExpressions;
using Consultation.Core.Reports;
using Consultation.TestSupport;

namespace Consultation.Api.Tests.Portal;

/// <summary>
/// The reports page over the December of <see cref="ReportScenario{TDatabase}"/>: the figures the API's
/// own handler computes, on a page and as files; every refusal a page in words, never a JSON problem.
/// </summary>
[TestFixture(typeof(SqliteDb))]
[TestFixture(typeof(PostgresDb))]
public sealed class When_reading_reports_in_the_portal<TDatabase> : ReportScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private const string December = "from=2026-12-01&to=2026-12-31";

    private Task<HttpClient> Browser(string who) => PortalSignIn.BrowserAsync(Factory, KeyOf(who));

    private static async Task<string> PageAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var page = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(status), page);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
        // The pages write every non-ASCII letter as a character reference; read them as a browser shows them.
        return WebUtility.HtmlDecode(page);
    }

    [Test]
    public async Task Should_show_the_counts_of_the_period_per_consulted_agency()
    {
        var response = await (await Browser("STC")).GetAsync($"/portal/reports?{December}");
        await PortalSamples.KeepAsync($"reports-{typeof(TDatabase).Name}", await response.Content.ReadAsStringAsync());
        var page = await PageAsync(response, HttpStatusCode.OK);

        // Assigned, on time, late, overdue, in term, deemed agreed, vague, extensions, rate: as in the Word tables.
        Assert.That(page, Does.Contain("""<th scope="row">Sở STP tỉnh Đắk Lắk (STP)</th><td>3</td><td>0</td><td>2</td><td>0</td><td>0</td><td>1</td><td>0</td><td>0</td><td>0%</td>"""));
        Assert.That(page, Does.Contain("""<th scope="row">Sở SXD tỉnh Đắk Lắk (SXD)</th><td>3</td><td>1</td><td>0</td><td>1</td><td>1</td><td>0</td><td>1</td><td>0</td><td>50%</td>"""));
        Assert.That(page, Does.Contain("""<th scope="row">Tổng cộng</th><td>8</td><td>3</td><td>2</td><td>1</td><td>1</td><td>1</td><td>1</td><td>1</td><td>42,9%</td>"""));
        Assert.That(page, Does.Contain("Đề xuất xử lý").And.Contain("Đề nghị biểu dương").And.Contain("Sở SYT tỉnh Đắk Lắk (SYT)"));
        Assert.That(page, Does.Contain("""<label for="from">""").And.Contain("""<label for="to">"""));
        Assert.That(page, Does.Not.Contain("""<select id="lead" """), "an agency's own report: no choice of lead");
    }

    [Test]
    public async Task Should_list_the_cases_behind_the_counts_with_the_titles_as_text()
    {
        var response = await (await Browser("STC")).GetAsync($"/portal/reports?{December}");
        var raw = await response.Content.ReadAsStringAsync();
        var page = await PageAsync(response, HttpStatusCode.OK);

        var cases = page[page.IndexOf("id=\"incidents\"", StringComparison.Ordinal)..page.IndexOf("id=\"proposal\"", StringComparison.Ordinal)];
        Assert.That(Regex.Count(cases, "<li>"), Is.EqualTo(5), "STP 3, SXD 2, as in the Word document");
        Assert.That(cases, Does.Contain("01/STC-QLNS — Dự thảo Quyết định phân bổ dự toán chi chuyển đổi số năm 2027"));
        Assert.That(cases, Does.Contain("Trả lời ngày 09/12/2026, trễ 02 ngày làm việc"));
        Assert.That(cases, Does.Contain("Quá hạn 03 ngày làm việc, chưa trả lời"));
        Assert.That(raw, Does.Not.Contain("<w:t>").And.Contain("&lt;w:t&gt;"), "markup in a title stays text");
    }

    [Test]
    public async Task Should_start_on_the_previous_month_in_Vietnam()
    {
        var page = await PageAsync(await (await Browser("supervisor")).GetAsync("/portal/reports"), HttpStatusCode.OK);

        Assert.That(page, Does.Contain("""id="from" name="from" value="2026-11-01" """).And.Contain("""id="to" name="to" value="2026-11-30" """));
        Assert.That(page, Does.Contain("""<option value="all" selected>Toàn tỉnh</option>"""));
        Assert.That(page, Does.Contain("""<option value="STC">STC — Sở STC tỉnh Đắk Lắk</option>"""));
    }

    [Test]
    public async Task Should_show_the_province_to_the_supervisor_as_the_API_does()
    {
        var page = await PageAsync(await (await Browser("supervisor")).GetAsync($"/portal/reports?lead=all&{December}"), HttpStatusCode.OK);

        // Province-wide, STP gains C4, answered on time: 1 of the 4 that came due.
        Assert.That(page, Does.Contain("""<th scope="row">Sở STP tỉnh Đắk Lắk (STP)</th><td>4</td><td>1</td><td>2</td><td>0</td><td>0</td><td>1</td><td>0</td><td>0</td><td>25%</td>"""));
        Assert.That(page, Does.Contain("Các văn bản lấy ý kiến trên toàn tỉnh."));
    }

    [TestCase("docx", ReportFiles.DocxType)]
    [TestCase("xlsx", ReportFiles.XlsxType)]
    public async Task Should_download_the_files_as_the_API_names_them(string format, string contentType)
    {
        var response = await (await Browser("STC")).GetAsync($"/portal/reports/download?lead=STC&{December}&format={format}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo(contentType));
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.That(disposition.DispositionType, Is.EqualTo("attachment"));
        Assert.That(disposition.FileName, Is.EqualTo($"bao-cao-phoi-hop_STC_2026-12-01_2026-12-31.{format}"));
        Assert.That(disposition.FileNameStar, Is.EqualTo($"Báo cáo phối hợp STC 01.12.2026-31.12.2026.{format}"));
        Assert.That((await response.Content.ReadAsByteArrayAsync())[..2], Is.EqualTo("PK"u8.ToArray()), "an Office Open XML package");
    }

    [TestCase("/portal/reports")]
    [TestCase("/portal/reports/download")]
    public async Task Should_answer_a_bad_date_with_the_page_and_a_Vietnamese_message(string path)
    {
        var page = await PageAsync(await (await Browser("STC")).GetAsync($"{path}?from=2026-13-45&to=2026-12-31&format=docx"), HttpStatusCode.BadRequest);

        Assert.That(page, Does.Contain("""role="alert" """).And.Contain("Ngày phải viết theo dạng yyyy-MM-dd"));
        Assert.That(page, Does.Contain("""value="2026-13-45" """), "what was typed stays in the field");
        Assert.That(page, Does.Not.Contain("<table>"));
    }

    [TestCase("/portal/reports")]
    [TestCase("/portal/reports/download")]
    public async Task Should_refuse_an_agency_another_leads_report_with_the_page(string path)
    {
        var page = await PageAsync(await (await Browser("STC")).GetAsync($"{path}?lead=SXD&{December}&format=xlsx"), HttpStatusCode.Forbidden);

        Assert.That(page, Does.Contain("Cơ quan chỉ được xem báo cáo của đơn vị mình chủ trì"));
        Assert.That(page, Does.Not.Contain("Sở STP tỉnh Đắk Lắk (STP)"), "nothing of the refused report");
    }

    [Test]
    public async Task Should_speak_English_when_asked()
    {
        var page = await PageAsync(await (await Browser("STC")).GetAsync("/portal/reports?from=2026-12-31&to=2026-12-01&lang=en"), HttpStatusCode.BadRequest);

        Assert.That(page, Does.Contain("<html lang=\"en\">").And.Contain("The report could not be made"));
    }
}

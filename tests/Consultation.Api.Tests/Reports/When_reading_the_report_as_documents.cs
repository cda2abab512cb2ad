using System.Net;
using Consultation.TestSupport;
using DocumentFormat.OpenXml.Packaging;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace Consultation.Api.Tests.Reports;

/// <summary>
/// The Word document of the December in <see cref="ReportScenario{TDatabase}"/>: the same figures as the JSON,
/// in the Decree 30/2020 layout. Set CONSULTATION_REPORT_SAMPLES to a folder to keep the files, e.g.
/// to convert them with LibreOffice and look at them.
/// </summary>
[TestFixture(typeof(SqliteDb))]
[TestFixture(typeof(PostgresDb))]
[TestFixture(typeof(SqlServerDb))]
public sealed class When_reading_the_report_as_documents<TDatabase> : ReportScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    public const string Query = "from=2026-12-01&to=2026-12-31";

    private async Task<byte[]> DownloadAsync(string who, string lead, string format, string contentType)
    {
        var response = await As(who).GetAsync($"/api/v1/reports/non-cooperation?lead={lead}&{Query}&format={format}");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo(contentType));
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.That(disposition.DispositionType, Is.EqualTo("attachment"));
        Assert.That(disposition.FileName, Is.EqualTo($"bao-cao-phoi-hop_{lead}_2026-12-01_2026-12-31.{format}"));
        Assert.That(disposition.FileNameStar, Does.StartWith("Báo cáo phối hợp "));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        if (Environment.GetEnvironmentVariable("CONSULTATION_REPORT_SAMPLES") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await File.WriteAllBytesAsync(Path.Combine(folder, $"{lead}.{format}"), bytes);
        }
        return bytes;
    }

    private static List<string[]> Rows(Word.Table table) =>
        [.. table.Elements<Word.TableRow>().Select(r => r.Elements<Word.TableCell>().Select(c => c.InnerText).ToArray())];

    [Test]
    public async Task Should_carry_the_same_figures_in_the_Word_tables()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(await DownloadAsync("STC", "STC", "docx", Core.Reports.ReportFiles.DocxType)), false);
        var tables = document.MainDocumentPart!.Document!.Body!.Elements<Word.Table>().Select(Rows).ToList();

        // Letterhead, agencies, incidents, signature.
        Assert.That(tables, Has.Count.EqualTo(4));
        var agencies = tables[1];
        Assert.That(agencies[0][1], Is.EqualTo("Cơ quan, đơn vị"));
        // TT, name, assigned, on time, late, overdue, in term, deemed agreed, confirmed vague, extensions, rate: as in the JSON.
        Assert.That(agencies[1], Is.EqualTo(new[] { "1", "Sở STP tỉnh Đắk Lắk", "3", "0", "2", "0", "0", "1", "0", "0", "0%" }));
        Assert.That(agencies[2], Is.EqualTo(new[] { "2", "Sở SXD tỉnh Đắk Lắk", "3", "1", "0", "1", "1", "0", "1", "0", "50%" }));
        Assert.That(agencies[3], Is.EqualTo(new[] { "3", "Sở SYT tỉnh Đắk Lắk", "2", "2", "0", "0", "0", "0", "0", "1", "100%" }));
        // Totals: 8 assigned; on time 3 of the 3 + 2 + 1 + 1 = 7 that came due: 42.9 %.
        Assert.That(agencies[4], Is.EqualTo(new[] { "", "Tổng cộng", "8", "3", "2", "1", "1", "1", "1", "1", "42,9%" }));

        var incidents = tables[2];
        Assert.That(incidents, Has.Count.EqualTo(1 + 5), "STP 3, SXD 2");
        Assert.That(incidents[1][2], Is.EqualTo("01/STC-QLNS: Dự thảo Quyết định phân bổ dự toán chi chuyển đổi số năm 2027"));
        Assert.That(incidents[1][3], Is.EqualTo("04/12/2026"));
        Assert.That(incidents[1][4], Is.EqualTo("Trả lời ngày 09/12/2026, trễ 02 ngày làm việc"));
        Assert.That(incidents[2][2], Is.EqualTo($"02/STC-QLNS: {MarkupTitle}"), "markup stays text");
        Assert.That(incidents[2][4], Is.EqualTo("Trả lời ngày 10/12/2026, trễ 01 ngày làm việc"));
        Assert.That(incidents[3][4], Is.EqualTo("Hết hạn không trả lời; coi như đồng ý"));
        Assert.That(incidents[4][4], Is.EqualTo("Quá hạn 03 ngày làm việc, chưa trả lời"), "C1 closed on 14/12");
        Assert.That(incidents[5][4], Does.StartWith("Trả lời ngày 02/12/2026; đơn vị chủ trì xác nhận chung chung, né tránh: Chỉ nêu"));
    }

    [Test]
    public async Task Should_follow_the_administrative_format()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(await DownloadAsync("STC", "STC", "docx", Core.Reports.ReportFiles.DocxType)), false);
        var body = document.MainDocumentPart!.Document!.Body!;
        var letterhead = Rows(body.Elements<Word.Table>().First());
        var text = body.InnerText;

        Assert.That(letterhead[0][0], Is.EqualTo("UBND TỈNH ĐẮK LẮKSỞ STC TỈNH ĐẮK LẮK"));
        Assert.That(letterhead[0][1], Is.EqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc"));
        Assert.That(letterhead[1][0], Is.EqualTo("Số:        /BC-STC"));
        Assert.That(letterhead[1][1], Is.EqualTo("Đắk Lắk, ngày 15 tháng 12 năm 2026"));
        Assert.That(text, Does.Contain("BÁO CÁO").And.Contain("I. TÌNH HÌNH CHUNG").And.Contain("IV. ĐỀ XUẤT, KIẾN NGHỊ"));
        Assert.That(text, Does.Contain("Nơi nhận:").And.Contain("- Lưu: VT, STC.").And.Contain("GIÁM ĐỐC"));
        var section = body.Elements<Word.SectionProperties>().Single();
        Assert.That(section.GetFirstChild<Word.PageSize>()!.Width!.Value, Is.EqualTo(11906u), "A4");
        Assert.That(section.GetFirstChild<Word.PageMargin>()!.Left!.Value, Is.EqualTo(1701u), "30 mm");
        Assert.That(section.GetFirstChild<Word.TitlePage>(), Is.Not.Null, "no page number on page 1");
        var fonts = document.MainDocumentPart.StyleDefinitionsPart!.Styles!.DocDefaults!.Descendants<Word.RunFonts>().Single();
        Assert.That(fonts.Ascii!.Value, Is.EqualTo("Times New Roman"));
    }

    [Test]
    public async Task Should_carry_the_same_figures_in_the_workbook()
    {
        var bytes = await DownloadAsync("supervisor", "all", "xlsx", Core.Reports.ReportFiles.XlsxType);
        await DownloadAsync("supervisor", "all", "docx", Core.Reports.ReportFiles.DocxType);
        var book = WorkbookReader.Read(bytes);

        var summary = book[Core.Reports.Documents.ReportWorkbook.SummarySheet];
        var stp = summary.Single(r => r.Length > 1 && r[1] == "Sở STP tỉnh Đắk Lắk");
        // Province-wide: STP gains C4, answered on time: 1 of the 4 that came due, 25 %.
        Assert.That(stp[2..], Is.EqualTo(new[] { "4", "1", "2", "0", "0", "1", "0", "0", "0.25" }));
        var stc = summary.Single(r => r.Length > 1 && r[1] == "Sở STC tỉnh Đắk Lắk");
        Assert.That(stc[2..], Is.EqualTo(new[] { "1", "0", "0", "1", "0", "0", "0", "0", "0" }));
        var total = summary.Single(r => r.Length > 1 && r[1] == "Tổng cộng");
        // 1 + 4 + 3 + 2 = 10 assigned, C5 still in term; on time 4 of the 4 + 2 + 2 + 1 = 9 that came due.
        Assert.That(total[2..], Is.EqualTo(new[] { "10", "4", "2", "2", "1", "1", "1", "1", "0.4444" }));

        var incidents = book[Core.Reports.Documents.ReportWorkbook.IncidentSheet];
        Assert.That(incidents, Has.Count.EqualTo(1 + 6), "STC 1, STP 3, SXD 2");
        Assert.That(incidents.Skip(1).Select(r => r[3]).Distinct(), Is.EquivalentTo(new[]
        {
            "Quá hạn, chưa trả lời", "Trả lời trễ hạn", "Không trả lời, coi như đồng ý", "Trả lời chung chung, né tránh",
        }));
        Assert.That(incidents.Single(r => r[4] == "02/STC-QLNS" && r[1] == "STP")[5], Is.EqualTo(MarkupTitle), "a formula-like title stays text");
        Assert.That(incidents.Single(r => r[4] == "04/SXD-QLXD")[9], Is.EqualTo("4"), "whole working days overdue, as the mails count them");
        Assert.That(WorkbookReader.HasFormulas(bytes), Is.False);
    }
}

using Consultation.Core.Reports;
using Consultation.Core.Reports.Documents;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Consultation.Core.Tests.Reports;

/// <summary>Titles, notes and names are data: nothing in them may become markup, a formula or a broken file.</summary>
public sealed class When_untrusted_text_goes_into_documents
{
    private const string Markup = "</w:t><w:r><w:t>chèn</w:t> & <b>đậm</b>";
    private const string Formula = "=HYPERLINK(\"http://x\",\"bấm\")";

    private static (NonCooperationReport Report, ReportLetterhead Letterhead) Sample()
    {
        var incident = new Incident(IncidentKinds.ConfirmedVague, Guid.NewGuid(), "1/STC", $"{Formula} {Markup}", "STC",
            new DateTimeOffset(2026, 12, 8, 17, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 2, 3, 0, 0, TimeSpan.Zero), null, null,
            "Ghi chú\u0001 có ký tự điều khiển \uD800 và nửa cặp thay thế");
        var agency = Agencies.Of("STP", onTime: 1, vague: 1) with { Name = $"Sở <Tư pháp> & {Formula}", Incidents = [incident] };
        var report = new NonCooperationReport("STC", new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31), [agency], "Đề xuất.", [], [], 3,
            "Sở Tài chính", 1, new DateTimeOffset(2027, 1, 4, 0, 0, 0, TimeSpan.Zero));
        var issuer = new ReportIssuer("STC", "Sở Tài chính", "department", "Nguyễn Văn A");
        return (report, ReportLetterhead.For(issuer, new ReportOptions(), new DateOnly(2027, 1, 4)));
    }

    [Test]
    public void Should_keep_markup_literal_in_the_Word_document()
    {
        var (report, letterhead) = Sample();

        using var document = WordprocessingDocument.Open(new MemoryStream(ReportDocument.Write(report, letterhead)), false);
        var text = document.MainDocumentPart!.Document!.Body!.InnerText;

        Assert.That(text, Does.Contain(Markup));
        Assert.That(text, Does.Contain("Sở <Tư pháp> & =HYPERLINK"));
        Assert.That(text, Does.Contain("Ghi chú có ký tự điều khiển  và nửa cặp thay thế"), "characters XML cannot hold are dropped");
        Assert.That(text, Does.Contain("Nguyễn Văn A"), "the head's name under the signature");
    }

    [Test]
    public void Should_keep_a_formula_as_text_in_the_workbook()
    {
        var (report, letterhead) = Sample();

        using var document = SpreadsheetDocument.Open(new MemoryStream(ReportWorkbook.Write(report, letterhead)), false);
        var cells = document.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet!.Descendants<Cell>()).ToList();

        Assert.That(cells.SelectMany(c => c.Descendants<CellFormula>()), Is.Empty);
        var title = cells.Single(c => c.InnerText.StartsWith(Formula, StringComparison.Ordinal));
        Assert.That(title.DataType!.Value, Is.EqualTo(CellValues.InlineString));
        Assert.That(title.InnerText, Is.EqualTo($"{Formula} {Markup}"));
    }
}

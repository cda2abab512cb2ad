using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static Consultation.Core.Reports.Documents.Docx;

namespace Consultation.Core.Reports.Documents;

/// <summary>
/// The report as a Word document in the format of Decree 30/2020/NĐ-CP: A4, Times New Roman, the
/// two-column letterhead, number and date line, title and summary, numbered sections with tables,
/// recipients and a signature block left for the signer; page numbers from page 2, centred at the top.
/// </summary>
public static partial class ReportDocument
{
    // A4 with margins of 20 mm top and bottom, 30 mm left and 15 mm right leaves 9,354 twips of text
    // width, which every table's columns add up to.
    private static readonly TableVerticalAlignmentValues Top = TableVerticalAlignmentValues.Top;
    private static readonly int[] Letterhead = [3600, 5754];

    public static byte[] Write(NonCooperationReport report, ReportLetterhead letterhead)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = DefaultStyles();
            var pageNumber = main.AddNewPart<HeaderPart>();
            pageNumber.Header = new Header(new Paragraph(
                new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
                new SimpleField(Run("2")) { Instruction = " PAGE " }));
            var firstPage = main.AddNewPart<HeaderPart>();
            firstPage.Header = new Header(new Paragraph());

            var body = new Body();
            body.Append(Heading(letterhead));
            body.Append(Centered("BÁO CÁO", bold: true, before: 360));
            body.Append(Centered($"Tình hình phối hợp trả lời văn bản lấy ý kiến {ReportText.Span(report.Period)}", bold: true));
            body.Append(Rule(3700, after: 240));
            body.Append(Sections(report, letterhead));
            body.Append(Signature(letterhead));
            body.Append(new Paragraph());
            body.Append(new SectionProperties(
                new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(pageNumber) },
                new HeaderReference { Type = HeaderFooterValues.First, Id = main.GetIdOfPart(firstPage) },
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1701, Right = 851, Header = 567, Footer = 567, Gutter = 0 },
                new TitlePage()));
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }

    /// <summary>Issuing body on the left, national title and motto on the right; number and date on the line below.</summary>
    private static Table Heading(ReportLetterhead letterhead)
    {
        var table = Table(Letterhead, borders: false);
        table.Append(new TableRow(
            Cell(Letterhead[0], Top,
                Centered(letterhead.ParentBody.ToUpperInvariant(), 12),
                Centered(letterhead.Issuer.Name.ToUpperInvariant(), 12, bold: true),
                Rule(1200)),
            Cell(Letterhead[1], Top,
                Centered("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, bold: true),
                Centered("Độc lập - Tự do - Hạnh phúc", 13, bold: true),
                Rule(1250))));
        table.Append(new TableRow(
            Cell(Letterhead[0], Top, Centered(letterhead.Number, 13, before: 120)),
            Cell(Letterhead[1], Top, Centered(ReportText.PlaceAndDate(letterhead.Place, letterhead.Date), 14, italic: true, before: 120))));
        return table;
    }

    /// <summary>Nơi nhận on the left; the signer's title, room to sign and the head's name, when known, on the right.</summary>
    private static Table Signature(ReportLetterhead letterhead)
    {
        var recipients = new List<Paragraph> { Paragraph(JustificationValues.Left, [Run("Nơi nhận:", 12, bold: true, italic: true)], before: 240) };
        recipients.AddRange(letterhead.Recipients.Select(r => Paragraph(JustificationValues.Left, [Run(r, 11)])));
        var signer = new List<Paragraph>();
        signer.AddRange(letterhead.SignerTitle.Select((line, i) => Centered(line, 14, bold: true, before: i == 0 ? 240 : 0)));
        signer.AddRange(Enumerable.Range(0, 4).Select(_ => Centered("")));
        signer.Add(Centered(letterhead.Issuer.HeadName ?? "", 14, bold: true));
        var table = Table(Letterhead, borders: false);
        table.Append(new TableRow(
            new TableRowProperties(new CantSplit()),
            Cell(Letterhead[0], Top, [.. recipients]),
            Cell(Letterhead[1], Top, [.. signer])));
        return table;
    }

    private static Styles DefaultStyles() => new(new DocDefaults(
        new RunPropertiesDefault(new RunPropertiesBaseStyle(
            new RunFonts { Ascii = Typeface, HighAnsi = Typeface, ComplexScript = Typeface, EastAsia = Typeface },
            new Color { Val = "000000" },
            new FontSize { Val = "28" },
            new FontSizeComplexScript { Val = "28" },
            new Languages { Val = "vi-VN" })),
        new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
            new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))));
}

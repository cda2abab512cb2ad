using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Consultation.Core.Reports.Documents;

/// <summary>The few Word building blocks a Decree 30/2020 report is made of; sizes in points, lengths in twentieths of a point.</summary>
internal static class Docx
{
    public const string Typeface = "Times New Roman";

    public static Run Run(string text, double size = 14, bool bold = false, bool italic = false)
    {
        var properties = new RunProperties();
        if (bold)
        {
            properties.Append(new Bold(), new BoldComplexScript());
        }
        if (italic)
        {
            properties.Append(new Italic(), new ItalicComplexScript());
        }
        var halfPoints = ((int)(size * 2)).ToString(CultureInfo.InvariantCulture);
        properties.Append(new FontSize { Val = halfPoints }, new FontSizeComplexScript { Val = halfPoints });
        return new Run(properties, new WordText(XmlText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve });
    }

    /// <summary>A paragraph; <paramref name="firstLine"/> indents its first line, as body text is (1.27 cm = 720).</summary>
    public static Paragraph Paragraph(
        JustificationValues align, Run[] runs, int before = 0, int after = 0, int firstLine = 0, bool keepNext = false)
    {
        var properties = new ParagraphProperties();
        if (keepNext)
        {
            properties.Append(new KeepNext());
        }
        properties.Append(new SpacingBetweenLines { Before = Twips(before), After = Twips(after), Line = "276", LineRule = LineSpacingRuleValues.Auto });
        if (firstLine > 0)
        {
            properties.Append(new Indentation { FirstLine = Twips(firstLine) });
        }
        properties.Append(new Justification { Val = align });
        var paragraph = new Paragraph(properties);
        paragraph.Append(runs);
        return paragraph;
    }

    public static Paragraph Centered(string text, double size = 14, bool bold = false, bool italic = false, int before = 0, int after = 0) =>
        Paragraph(JustificationValues.Center, [Run(text, size, bold, italic)], before, after);

    /// <summary>Body text: justified, first line indented, 6 pt after.</summary>
    public static Paragraph Body(string text, bool bold = false, bool italic = false) =>
        Paragraph(JustificationValues.Both, [Run(text, 14, bold, italic)], after: 120, firstLine: 720, keepNext: bold);

    /// <summary>
    /// The short solid rule under the issuing body, the motto and the summary line: the bottom border
    /// of an empty paragraph 6 pt high, so that it clears the descenders above, narrowed by its indents
    /// to the length the decree asks for.
    /// </summary>
    public static Paragraph Rule(int indent, int after = 0) => new(
        new ParagraphProperties(
            new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "000000" }),
            new SpacingBetweenLines { Before = "0", After = Twips(after), Line = "120", LineRule = LineSpacingRuleValues.Exact },
            new Indentation { Left = Twips(indent), Right = Twips(indent) },
            new Justification { Val = JustificationValues.Center }),
        new Run(new RunProperties(new FontSize { Val = "4" })));

    /// <summary>A table of fixed column widths, with borders when it holds data and without when it lays out the letterhead.</summary>
    public static Table Table(int[] widths, bool borders)
    {
        var properties = new TableProperties(new TableWidth { Width = Twips(widths.Sum()), Type = TableWidthUnitValues.Dxa });
        if (borders)
        {
            properties.Append(new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }));
        }
        properties.Append(new TableLayout { Type = TableLayoutValues.Fixed });
        // Narrow margins inside cells, so that the narrow figure columns keep whole words.
        properties.Append(new TableCellMarginDefault(
            new TableCellLeftMargin { Width = 57, Type = TableWidthValues.Dxa },
            new TableCellRightMargin { Width = 57, Type = TableWidthValues.Dxa }));
        return new Table(properties, new TableGrid(widths.Select(w => new GridColumn { Width = Twips(w) })));
    }

    public static TableCell Cell(int width, params Paragraph[] paragraphs) => Cell(width, TableVerticalAlignmentValues.Center, paragraphs);

    public static TableCell Cell(int width, TableVerticalAlignmentValues align, params Paragraph[] paragraphs)
    {
        var cell = new TableCell(new TableCellProperties(
            new TableCellWidth { Width = Twips(width), Type = TableWidthUnitValues.Dxa },
            new TableCellVerticalAlignment { Val = align }));
        cell.Append(paragraphs);
        return cell;
    }

    /// <summary>A row of table text; a header row is bold and repeats on every page.</summary>
    public static TableRow Row(int[] widths, double size, IReadOnlyList<string> cells, bool header = false, bool bold = false, params int[] leftAligned)
    {
        var row = new TableRow(new TableRowProperties(new CantSplit()));
        if (header)
        {
            row.TableRowProperties!.Append(new TableHeader());
        }
        for (var i = 0; i < cells.Count; i++)
        {
            var align = !header && leftAligned.Contains(i) ? JustificationValues.Left : JustificationValues.Center;
            row.Append(Cell(widths[i], Paragraph(align, [Run(cells[i], size, header || bold)], 40, 40)));
        }
        return row;
    }

    public static string Twips(int value) => value.ToString(CultureInfo.InvariantCulture);
}

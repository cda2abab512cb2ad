using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Consultation.Core.Reports.Documents;

/// <summary>
/// The few workbook building blocks the report needs. Text goes in inline-string cells, never
/// formulas, so a title beginning with "=" is shown, not evaluated.
/// </summary>
internal static class Xlsx
{
    public const uint Title = 1, Header = 2, Text = 3, Number = 4, Percent = 5, BoldNumber = 6, BoldPercent = 7, BoldText = 8, Paragraph = 9;

    public static Cell Cell(string reference, string text, uint style = Text) =>
        new(new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(XmlText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve }))
        {
            CellReference = reference,
            DataType = CellValues.InlineString,
            StyleIndex = style,
        };

    public static Cell Cell(string reference, double value, uint style = Number) =>
        new(new CellValue(value)) { CellReference = reference, DataType = CellValues.Number, StyleIndex = style };

    /// <summary>A row of cells from column A; a string is text, a number a number, and null an empty bordered cell.</summary>
    public static Row Row(uint index, IReadOnlyList<object?> values, uint textStyle = Text, uint numberStyle = Number, uint percentStyle = Percent)
    {
        var row = new Row { RowIndex = index };
        for (var i = 0; i < values.Count; i++)
        {
            var reference = Column(i) + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
            row.Append(values[i] switch
            {
                int n => Cell(reference, n, numberStyle),
                Rate r => r.Value is { } v ? Cell(reference, v, percentStyle) : Cell(reference, "—", numberStyle),
                string s => Cell(reference, s, textStyle),
                _ => Cell(reference, "", textStyle),
            });
        }
        return row;
    }

    /// <summary>An on-time rate, written as a percentage cell.</summary>
    public sealed record Rate(double? Value);

    public static void AddSheet(WorkbookPart workbook, string name, double[] widths, IEnumerable<Row> rows)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var columns = new Columns(widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true }));
        part.Worksheet = new Worksheet(columns, new SheetData(rows));
        var sheets = workbook.Workbook.Sheets ?? workbook.Workbook.AppendChild(new Sheets());
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = (uint)sheets.Count() + 1, Name = name });
    }

    public static string Column(int index) => index < 26
        ? ((char)('A' + index)).ToString()
        : Column((index / 26) - 1) + (char)('A' + (index % 26));

    public static Stylesheet Styles()
    {
        const string font = "Times New Roman";
        static Font Font(bool bold) => bold
            ? new Font(new Bold(), new FontSize { Val = 12 }, new FontName { Val = font })
            : new Font(new FontSize { Val = 12 }, new FontName { Val = font });
        static CellFormat Format(uint font, uint border, uint numberFormat, HorizontalAlignmentValues align) =>
            new(new Alignment { Horizontal = align, Vertical = VerticalAlignmentValues.Center, WrapText = true })
            {
                FontId = font,
                FillId = 0,
                BorderId = border,
                NumberFormatId = numberFormat,
                ApplyFont = true,
                ApplyBorder = true,
                ApplyAlignment = true,
                ApplyNumberFormat = numberFormat != 0,
            };
        var thin = new Border(
            new LeftBorder { Style = BorderStyleValues.Thin }, new RightBorder { Style = BorderStyleValues.Thin },
            new TopBorder { Style = BorderStyleValues.Thin }, new BottomBorder { Style = BorderStyleValues.Thin }, new DiagonalBorder());
        return new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "0.0%" }) { Count = 1 },
            new Fonts(Font(false), Font(true)) { Count = 2 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()), thin) { Count = 2 },
            new CellFormats(
                new CellFormat(),
                new CellFormat { FontId = 1, ApplyFont = true },
                Format(1, 1, 0, HorizontalAlignmentValues.Center),
                Format(0, 1, 0, HorizontalAlignmentValues.Left),
                Format(0, 1, 0, HorizontalAlignmentValues.Center),
                Format(0, 1, 164, HorizontalAlignmentValues.Center),
                Format(1, 1, 0, HorizontalAlignmentValues.Center),
                Format(1, 1, 164, HorizontalAlignmentValues.Center),
                Format(1, 1, 0, HorizontalAlignmentValues.Left),
                Format(0, 0, 0, HorizontalAlignmentValues.Left))
            { Count = 10 });
    }
}

using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Consultation.Api.Tests.Reports;

/// <summary>Reads a workbook back as text: each sheet by name, each row as its cells' shown values (numbers invariant).</summary>
public static class WorkbookReader
{
    public static Dictionary<string, List<string[]>> Read(byte[] bytes)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var workbook = document.WorkbookPart!;
        return workbook.Workbook!.Sheets!.Elements<Sheet>().ToDictionary(
            s => s.Name!.Value!,
            s => ((WorksheetPart)workbook.GetPartById(s.Id!.Value!)).Worksheet!.Descendants<Row>()
                .Select(r => r.Elements<Cell>().Select(Value).ToArray()).ToList());
    }

    public static bool HasFormulas(byte[] bytes)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        return document.WorkbookPart!.WorksheetParts.Any(p => p.Worksheet!.Descendants<CellFormula>().Any());
    }

    private static string Value(Cell cell) => cell.DataType?.Value == CellValues.InlineString
        ? cell.InlineString!.InnerText
        : cell.CellValue?.Text ?? "";
}

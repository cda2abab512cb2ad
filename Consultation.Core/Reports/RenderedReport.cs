namespace Consultation.Core.Reports;

/// <summary>A report in its three forms: the JSON clients read, the Word document and the workbook.</summary>
public sealed record RenderedReport(NonCooperationReport Report, string Json, byte[] Docx, byte[] Xlsx);

using System.Globalization;

namespace Consultation.Core.Reports;

/// <summary>The formats a report is served in, and the names its files go by.</summary>
public static class ReportFiles
{
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>A name any mail client or browser keeps intact: codes and digits only.</summary>
    public static string AsciiName(NonCooperationReport report, string extension) => AsciiName(report.Lead, report.From, report.To, extension);

    public static string AsciiName(string lead, DateOnly from, DateOnly to, string extension) =>
        string.Create(CultureInfo.InvariantCulture, $"bao-cao-phoi-hop_{lead}_{from:yyyy-MM-dd}_{to:yyyy-MM-dd}.{extension}");

    /// <summary>The Vietnamese name, for clients that read RFC 5987 names: "Báo cáo phối hợp STC 01.11.2026-30.11.2026.docx".</summary>
    public static string Name(NonCooperationReport report, string extension) => Name(report.Lead, report.From, report.To, extension);

    public static string Name(string lead, DateOnly from, DateOnly to, string extension) =>
        string.Create(CultureInfo.InvariantCulture,
            $"Báo cáo phối hợp {(lead == NonCooperationReport.All ? "toàn tỉnh" : lead)} {from:dd.MM.yyyy}-{to:dd.MM.yyyy}.{extension}");
}

using System.Globalization;
using Consultation.Core.Calendar;

namespace Consultation.Core.Reports;

/// <summary>How the reports write numbers, dates and incidents, as a Vietnamese official writes them.</summary>
public static class ReportText
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>A count in running text, with the leading zero officials write below ten: "03 trường hợp".</summary>
    public static string Count(int count) => count.ToString(count is >= 0 and < 10 ? "00" : "0", CultureInfo.InvariantCulture);

    /// <summary>"66,7%", or "—" when nothing has come due.</summary>
    public static string Rate(double? rate) =>
        rate is { } r ? (r * 100).ToString("0.#", Vietnamese) + "%" : "—";

    /// <summary>The place-and-date line of the letterhead: "Đắk Lắk, ngày 05 tháng 02 năm 2026".</summary>
    public static string PlaceAndDate(string place, DateOnly date) => $"{place}, {VietnameseDates.FormalDate(date)}";

    /// <summary>A deadline in a table cell: its last day, "08/12/2026", or "17h00 04/12/2026" when it ends at a set hour.</summary>
    public static string Due(DateTimeOffset dueAt)
    {
        var local = dueAt.ToOffset(VietnamTime.Offset);
        var date = DateOnly.FromDateTime(local.DateTime);
        return local.TimeOfDay == TimeSpan.Zero
            ? VietnameseDates.ShortDate(date.AddDays(-1))
            : string.Create(CultureInfo.InvariantCulture, $"{local.Hour:00}h{local.Minute:00} {VietnameseDates.ShortDate(date)}");
    }

    public static string Day(DateTimeOffset instant) => VietnameseDates.ShortDate(VietnamTime.DateOf(instant));

    /// <summary>The period in running text: "từ ngày 01/11/2026 đến ngày 30/11/2026".</summary>
    public static string Period(ReportPeriod period) =>
        $"từ ngày {VietnameseDates.ShortDate(period.From)} đến ngày {VietnameseDates.ShortDate(period.To)}";

    /// <summary>"tháng 11 năm 2026" (January and February with a leading zero) for a whole calendar month, else the period in running text.</summary>
    public static string Span(ReportPeriod period) =>
        period.From.Day == 1 && period.To == period.From.AddMonths(1).AddDays(-1)
            ? string.Create(CultureInfo.InvariantCulture, $"tháng {period.From.Month.ToString(period.From.Month <= 2 ? "00" : "0", CultureInfo.InvariantCulture)} năm {period.From.Year}")
            : Period(period);

    public static string Kind(string kind) => kind switch
    {
        IncidentKinds.Late => "Trả lời trễ hạn",
        IncidentKinds.Overdue => "Quá hạn, chưa trả lời",
        IncidentKinds.DeemedAgreed => "Không trả lời, coi như đồng ý",
        IncidentKinds.ConfirmedVague => "Trả lời chung chung, né tránh",
        _ => kind,
    };

    /// <summary>What happened, for the status column: when it was answered and how late, or how long it has been overdue.</summary>
    public static string Status(Incident incident) => incident.Kind switch
    {
        IncidentKinds.Late => $"Trả lời ngày {Day(incident.AnsweredAt!.Value)}, {Late(incident.WorkingDaysLate ?? 0)}",
        IncidentKinds.Overdue => incident.WorkingDaysOverdue is > 0
            ? $"Quá hạn {Count(incident.WorkingDaysOverdue.Value)} ngày làm việc, chưa trả lời"
            : "Quá hạn chưa đến 01 ngày làm việc, chưa trả lời",
        IncidentKinds.DeemedAgreed => "Hết hạn không trả lời; coi như đồng ý",
        IncidentKinds.ConfirmedVague => $"Trả lời ngày {Day(incident.AnsweredAt!.Value)}; đơn vị chủ trì xác nhận chung chung, né tránh"
            + (string.IsNullOrWhiteSpace(incident.Note) ? "" : $": {incident.Note}"),
        _ => incident.Kind,
    };

    // Whole working days completed after the deadline (OverdueDays): an answer on the next working day is late by less than one.
    private static string Late(int workingDays) =>
        workingDays == 0 ? "trễ hạn chưa đến 01 ngày làm việc" : $"trễ {Count(workingDays)} ngày làm việc";

    /// <summary>What one agency's incidents were: "02 trả lời trễ hạn, 01 quá hạn chưa trả lời".</summary>
    public static string Breakdown(AgencyCooperation agency)
    {
        var parts = new List<string>();
        Add(parts, agency.Late, "trả lời trễ hạn");
        Add(parts, agency.Overdue, "quá hạn chưa trả lời");
        Add(parts, agency.DeemedAgreed, "không trả lời, coi như đồng ý");
        Add(parts, agency.ConfirmedVague, "trả lời chung chung, né tránh");
        return string.Join(", ", parts);
    }

    private static void Add(List<string> parts, int count, string what)
    {
        if (count > 0)
        {
            parts.Add($"{Count(count)} {what}");
        }
    }
}

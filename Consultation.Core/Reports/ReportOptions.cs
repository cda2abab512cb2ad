namespace Consultation.Core.Reports;

/// <summary>The <c>Reports</c> section: the consolidated reports, their letterhead and the monthly job.</summary>
public sealed class ReportOptions
{
    public const string Section = "Reports";

    /// <summary>
    /// Incidents in a period (answered late, overdue, deemed agreed by silence, confirmed vague) from
    /// which the proposal to the Provincial People's Committee names an agency. No rule fixes the
    /// figure, so it is a setting.
    /// </summary>
    public int ProposalThreshold { get; set; } = 3;

    /// <summary>
    /// When the monthly job fires (Quartz cron, Vietnam time): 07:00 on each of the first ten days.
    /// It generates only on a working day and only while the previous month's reports are missing,
    /// so the reports come out early on the first working day, after Tết or a long weekend too.
    /// </summary>
    public string Cron { get; set; } = "0 0 7 1-10 * ?";

    /// <summary>The parent body at the top left of the letterhead (cơ quan chủ quản).</summary>
    public string ParentBody { get; set; } = "UBND TỈNH ĐẮK LẮK";

    /// <summary>The place in the date line, the official name of the administrative unit.</summary>
    public string Place { get; set; } = "Đắk Lắk";

    /// <summary>The Department of Home Affairs (Sở Nội vụ), which issues the province-wide report (item 2).</summary>
    public string SupervisorAgencyCode { get; set; } = "SNV";

    /// <summary>The text the reports cite as their basis; the directive's number was not found, so it is a setting.</summary>
    public string Directive { get; set; } = "Chỉ thị ngày 08/11/2024 của Chủ tịch Ủy ban nhân dân tỉnh";

    /// <summary>Who the report is addressed to, and who the proposal asks to act.</summary>
    public string Recipient { get; set; } = "Ủy ban nhân dân tỉnh";

    /// <summary>The longest period one report or scorecard covers.</summary>
    public int MaxPeriodDays { get; set; } = 731;
}

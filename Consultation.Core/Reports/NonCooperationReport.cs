using System.Text.Json.Serialization;

namespace Consultation.Core.Reports;

/// <summary>
/// The consolidated report (báo cáo tổng hợp tình hình phối hợp) of one lead unit, or of the whole
/// province when <see cref="Lead"/> is <c>all</c>. The first six members are the JSON shape clients
/// rely on; the rest were added after.
/// </summary>
public sealed record NonCooperationReport(
    string Lead,
    DateOnly From,
    DateOnly To,
    IReadOnlyList<AgencyCooperation> Agencies,
    string Proposal,
    IReadOnlyList<string> Commendations,
    IReadOnlyList<string> Proposed,
    int ProposalThreshold,
    string? LeadName,
    int Consultations,
    DateTimeOffset AsOf)
{
    public const string All = "all";

    [JsonIgnore]
    public bool ProvinceWide => Lead == All;

    [JsonIgnore]
    public ReportPeriod Period => new(From, To);
}

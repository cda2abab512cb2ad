using Consultation.Core.Agencies;
using Consultation.Core.Reports;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;

namespace Consultation.Api.Portal;

/// <summary>What the reports page and its downloads are asked, and the services they answer with.</summary>
public sealed record PortalReportRequest(
    NonCooperationReports Reports,
    AgencyStore Agencies,
    IOptions<ReportOptions> Options,
    IAntiforgery Antiforgery,
    TimeProvider Clock,
    string? Lead,
    string? From,
    string? To,
    string? Lang);

namespace Consultation.Core.Reports;

/// <summary>The body that issues a report: the lead unit, or Sở Nội vụ for the province-wide one.</summary>
public sealed record ReportIssuer(string Code, string Name, string Kind, string? HeadName);

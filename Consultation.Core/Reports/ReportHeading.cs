using System.Globalization;

namespace Consultation.Core.Reports;

/// <summary>Which report a stored row is, without its files: what its announcement carries.</summary>
public sealed record ReportHeading
{
    public Guid Id { get; init; }
    public required string Lead { get; init; }
    public required string PeriodFrom { get; init; }
    public required string PeriodTo { get; init; }

    public ReportPeriod Period => new(
        DateOnly.ParseExact(PeriodFrom, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateOnly.ParseExact(PeriodTo, "yyyy-MM-dd", CultureInfo.InvariantCulture));
}

using System.Globalization;

namespace Consultation.Core.Reports;

/// <summary>A generated report as kept in <c>reports</c>; <see cref="Lead"/> is a lead unit's code or <c>all</c>.</summary>
public sealed record StoredReport
{
    public Guid Id { get; init; }
    public required string Lead { get; init; }
    public required string PeriodFrom { get; init; }
    public required string PeriodTo { get; init; }
    public DateTimeOffset GeneratedAt { get; init; }
    public required string Json { get; init; }
    public required byte[] Docx { get; init; }
    public required byte[] Xlsx { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }

    public ReportPeriod Period => new(
        DateOnly.ParseExact(PeriodFrom, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateOnly.ParseExact(PeriodTo, "yyyy-MM-dd", CultureInfo.InvariantCulture));

    public static string Format(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

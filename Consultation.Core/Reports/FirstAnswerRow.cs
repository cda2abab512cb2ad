namespace Consultation.Core.Reports;

/// <summary>When a consultation was opened and when one consulted agency first answered it.</summary>
public sealed record FirstAnswerRow
{
    public required string AgencyCode { get; init; }
    public DateTimeOffset OpenedAt { get; init; }
    public DateTimeOffset SubmittedAt { get; init; }
}

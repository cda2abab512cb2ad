namespace Consultation.Core.Auditing;

/// <summary>Who did what to which record; written in the same transaction as the change it describes.</summary>
public sealed record AuditEntry
{
    public DateTimeOffset At { get; init; }
    public required string Actor { get; init; }
    public string? AgencyCode { get; init; }
    public required string Action { get; init; }
    public required string Entity { get; init; }
    public required string EntityId { get; init; }
    public string? Details { get; init; }
}

namespace Consultation.Core.Consultations;

/// <summary>A lead's change of one assignment's due moment (an extension or a clarification round).</summary>
public sealed record DueChange
{
    public Guid ConsultationId { get; init; }
    public required string AgencyCode { get; init; }
    public DateTimeOffset DueAt { get; init; }
    public int? WorkingDays { get; init; }
    public required string Reason { get; init; }
    public required string Actor { get; init; }
    public required string LeadAgencyCode { get; init; }
    public DateTimeOffset Now { get; init; }
}

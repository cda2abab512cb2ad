namespace Consultation.Core.Consultations;

public sealed record Review
{
    public Guid ConsultationId { get; init; }
    public required string AgencyCode { get; init; }
    public required string Decision { get; init; }
    public string? Note { get; init; }

    /// <summary>The new due moment of the clarification round; only for <see cref="ReviewDecisions.RequestClarification"/>.</summary>
    public DateTimeOffset? DueAt { get; init; }

    public int? WorkingDays { get; init; }
    public required string Actor { get; init; }
    public required string LeadAgencyCode { get; init; }
    public DateTimeOffset Now { get; init; }
}

namespace Consultation.Core.Consultations;

/// <summary>
/// The lead's redirect of a not_competent answer: a new assignment for the competent agency, with
/// its own deadline and the reason it is concerned, linked to the referral.
/// </summary>
public sealed record Redirection
{
    public Guid ConsultationId { get; init; }

    /// <summary>The agency that answered not_competent.</summary>
    public required string FromAgencyCode { get; init; }

    /// <summary>The agency to ask instead; null to take the competent agency named in the answer.</summary>
    public string? ToAgencyCode { get; init; }

    public DateTimeOffset DueAt { get; init; }
    public int? WorkingDays { get; init; }
    public required string Reason { get; init; }
    public required string Actor { get; init; }
    public required string LeadAgencyCode { get; init; }
    public DateTimeOffset Now { get; init; }
}

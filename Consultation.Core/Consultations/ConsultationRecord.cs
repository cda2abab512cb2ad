namespace Consultation.Core.Consultations;

/// <summary>A request for opinions (văn bản lấy ý kiến) as stored.</summary>
public sealed record ConsultationRecord
{
    public Guid Id { get; init; }
    public required string LeadAgencyCode { get; init; }
    public required string DocumentNumber { get; init; }
    public required string Title { get; init; }
    public required string Issue { get; init; }
    public required string ProposedDirection { get; init; }
    public required string Urgency { get; init; }
    public bool SilenceMeansConsent { get; init; }
    public required string Status { get; init; }
    public DateTimeOffset OpenedAt { get; init; }
    public DateTimeOffset? ClosedAt { get; init; }
    public string? Synthesis { get; init; }
    public int Version { get; init; }

    /// <summary>
    /// What an answer is judged against: the title and the proposed direction belong to the question too,
    /// and figures repeated from them are not new substance.
    /// </summary>
    public string QuestionText => $"{Title}. {Issue}. {ProposedDirection}";
}

namespace Consultation.Core.Operations;

/// <summary>An open consultation's request still unanswered after its deadline, with whom it waits on.</summary>
public sealed record OverdueAssignment
{
    public Guid ConsultationId { get; init; }
    public required string DocumentNumber { get; init; }
    public required string Title { get; init; }
    public required string LeadAgencyCode { get; init; }
    public required string AgencyCode { get; init; }
    public required string AgencyName { get; init; }
    public DateTimeOffset DueAt { get; init; }
}

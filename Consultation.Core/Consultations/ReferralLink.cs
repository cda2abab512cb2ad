namespace Consultation.Core.Consultations;

/// <summary>One agency on a chain of redirects, and the assignment it was redirected from, if any.</summary>
public sealed record ReferralLink
{
    public Guid AssignmentId { get; init; }
    public required string AgencyCode { get; init; }
    public required string AgencyName { get; init; }
    public Guid? RedirectedFromId { get; init; }
}

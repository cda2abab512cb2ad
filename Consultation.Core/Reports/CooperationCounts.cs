namespace Consultation.Core.Reports;

/// <summary>One agency's counts in one bucket (a month of a trend, or the whole period), as the grouped query returns them.</summary>
public sealed record CooperationCounts
{
    public long Bucket { get; init; }
    public required string AgencyCode { get; init; }
    public required string Name { get; init; }
    public long Assigned { get; init; }
    public long OnTime { get; init; }
    public long Late { get; init; }
    public long Overdue { get; init; }
    public long InTerm { get; init; }
    public long DeemedAgreed { get; init; }
    public long Answers { get; init; }
    public long ConfirmedVague { get; init; }
    public long Extensions { get; init; }
    public long Referred { get; init; }
    public long UnclearReferrals { get; init; }
    public long Redirected { get; init; }
    public long Rings { get; init; }
}

namespace Consultation.Core.Operations;

/// <summary>One agency's answers on time out of those that counted: answered, or past due without an answer.</summary>
public sealed record AgencyOnTimeRate
{
    public required string Code { get; init; }
    public long OnTime { get; init; }
    public long Counted { get; init; }

    public double? Rate => Counted == 0 ? null : (double)OnTime / Counted;
}

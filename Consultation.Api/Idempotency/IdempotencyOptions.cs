namespace Consultation.Api.Idempotency;

/// <summary>The <c>Idempotency</c> section: how long a retry is recognised, and when a claim is taken to be abandoned.</summary>
public sealed class IdempotencyOptions
{
    public const string Section = "Idempotency";

    /// <summary>How long a response is kept for replay; older records are forgotten and pruned.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromHours(24);

    /// <summary>A claim with no response after this long was left by a process that died; a retry takes it over.</summary>
    public TimeSpan ClaimTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often expired records are pruned.</summary>
    public TimeSpan PruneInterval { get; set; } = TimeSpan.FromHours(1);
}

namespace Consultation.Core.Auth;

/// <summary>A stored key: only its public prefix and the SHA-256 of the whole key are kept.</summary>
public sealed record ApiKey
{
    public required string Prefix { get; init; }
    public required string Hash { get; init; }
    public required string Role { get; init; }
    public string? AgencyCode { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? RevokedAt { get; init; }

    /// <summary>Whether the key's agency is active; true for a key tied to no agency. An inactive agency's keys are refused.</summary>
    public bool AgencyActive { get; init; } = true;

    /// <summary>Whether the key may be used now: not revoked, and its agency (if any) active.</summary>
    public bool IsLive => RevokedAt is null && AgencyActive;
}

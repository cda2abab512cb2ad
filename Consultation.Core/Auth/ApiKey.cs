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
}

namespace Consultation.Core.Idempotency;

/// <summary>A POST remembered by its Idempotency-Key; <see cref="StatusCode"/> is null while the first attempt runs.</summary>
public sealed record IdempotentRequest
{
    public required string Caller { get; init; }
    public required string IdemKey { get; init; }
    public required string RequestHash { get; init; }
    public int? StatusCode { get; init; }
    public string? ContentType { get; init; }
    public string? Location { get; init; }
    public string? Body { get; init; }
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>The response carried a secret (a new API key), removed before it was stored.</summary>
    public bool SecretWithheld { get; init; }
}

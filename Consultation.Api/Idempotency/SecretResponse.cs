namespace Consultation.Api.Idempotency;

/// <summary>
/// Endpoint metadata: the response carries a secret shown once (a new API key), which must never be
/// stored for replay. A retry with the same Idempotency-Key is told the key was issued, with its
/// prefix, instead of receiving it again.
/// </summary>
public sealed class SecretResponse
{
    /// <summary>The JSON property that holds the secret.</summary>
    public const string Property = "key";
}

namespace Consultation.Api.Idempotency;

/// <summary>
/// Endpoint metadata: the response carries a secret shown once (a new API key, a webhook secret), which
/// must never be stored for replay. A retry with the same Idempotency-Key is told, with the problem
/// <see cref="ShownOnce"/>, that the secret was issued, naming what it belongs to (<see cref="Reference"/>),
/// instead of receiving it again.
/// </summary>
public sealed class SecretResponse(string property = "key", string reference = "prefix", string shownOnce = "key_shown_once")
{
    /// <summary>The JSON property that holds the secret.</summary>
    public string Property { get; } = property;

    /// <summary>The JSON property, kept, that tells the client which secret it was.</summary>
    public string Reference { get; } = reference;

    public string ShownOnce { get; } = shownOnce;
}

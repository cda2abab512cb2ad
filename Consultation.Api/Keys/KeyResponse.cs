namespace Consultation.Api.Keys;

/// <summary>A new key. <see cref="Key"/> appears only in this response; only its hash is stored.</summary>
public sealed record KeyResponse(string Key, string Prefix, string Role, string? AgencyCode);

namespace Consultation.Api.Keys;

public sealed record KeyRequest(string? Role = null);

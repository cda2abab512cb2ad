namespace Consultation.Core.Webhooks;

public sealed record DeliveryAttempt(DateTimeOffset AttemptedAt, int? StatusCode, string? Error);

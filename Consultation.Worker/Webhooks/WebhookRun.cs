namespace Consultation.Worker.Webhooks;

/// <summary>What one delivery run did.</summary>
public sealed record WebhookRun(int Delivered, int Retrying, int Failed);

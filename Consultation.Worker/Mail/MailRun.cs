namespace Consultation.Worker.Mail;

/// <summary>What one dispatch run did: mails composed from due items, sent, put off after a passing failure, failed for good.</summary>
public sealed record MailRun(int Composed, int Sent, int Deferred, int Failed);

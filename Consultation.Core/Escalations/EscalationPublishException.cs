namespace Consultation.Core.Escalations;

/// <summary>Part of a batch was not confirmed; the confirmed part is marked, the rest stays in the outbox.</summary>
public sealed class EscalationPublishException(int confirmed, int claimed, Exception inner)
    : Exception($"The broker confirmed {confirmed} of {claimed} escalations; the others stay in the outbox.", inner);

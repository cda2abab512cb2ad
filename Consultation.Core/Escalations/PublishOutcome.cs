namespace Consultation.Core.Escalations;

/// <summary>What became of a published batch: the escalations the broker confirmed, and why the others were not.</summary>
public sealed record PublishOutcome(IReadOnlyCollection<Guid> Confirmed, Exception? Failure)
{
    public static PublishOutcome All(IEnumerable<PendingEscalation> batch) => new(batch.Select(e => e.Id).ToList(), null);
}

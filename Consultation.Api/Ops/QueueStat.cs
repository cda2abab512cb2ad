namespace Consultation.Api.Ops;

/// <summary>One broker queue as RabbitMQ's management API reports it.</summary>
public sealed record QueueStat(string Name, long Messages, long Unacknowledged, long Consumers, double PublishRate, double DeliverRate)
{
    public bool IsErrorQueue => Name.EndsWith("_error", StringComparison.Ordinal);
}

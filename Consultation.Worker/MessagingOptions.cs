namespace Consultation.Worker;

/// <summary>The <c>Messaging</c> section.</summary>
public sealed class MessagingOptions
{
    public const string Section = "Messaging";

    public MessageTransport Transport { get; set; } = MessageTransport.InMemory;

    /// <summary>The start of every queue name; tests give each worker its own, so runs on a shared broker stay apart.</summary>
    public string QueuePrefix { get; set; } = "consultation";

    public RabbitMqOptions RabbitMq { get; set; } = new();
}

public enum MessageTransport
{
    InMemory,
    RabbitMq,
}

public sealed class RabbitMqOptions
{
    public string Host { get; set; } = "localhost";
    public ushort Port { get; set; } = 5672;
    public string VirtualHost { get; set; } = "/";
    public string Username { get; set; } = "guest";
    public string Password { get; set; } = "guest";

    /// <summary>The broker's management API, for the ops page.</summary>
    public Uri? ManagementUrl { get; set; }

    /// <summary>Messages a consumer endpoint takes ahead; the default of 16 halved throughput on the 2-core machine this was measured on.</summary>
    public int PrefetchCount { get; set; } = 100;

    /// <summary>
    /// Declare the consumer queues as quorum queues, replicated over the cluster's nodes so that losing one
    /// loses no message. For a cluster of three or more; a queue's type cannot change once declared, so an
    /// existing classic queue must be deleted (empty) before this is turned on.
    /// </summary>
    public bool QuorumQueues { get; set; }
}

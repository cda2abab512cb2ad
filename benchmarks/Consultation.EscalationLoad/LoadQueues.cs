using Consultation.Worker.Consumers;
using MassTransit;
using RabbitMQ.Client;

namespace Consultation.EscalationLoad;

/// <summary>Deletes the queues a run's consumers declared under its own prefix, with their error and skipped queues.</summary>
internal static class LoadQueues
{
    public static async Task DeleteAsync(int port, string prefix)
    {
        var formatter = new KebabCaseEndpointNameFormatter(prefix, false);
        var consumers = typeof(AssignmentOverdueConsumer).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IConsumer).IsAssignableFrom(t));
        var factory = new ConnectionFactory { HostName = "127.0.0.1", Port = port };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        foreach (var consumer in consumers)
        {
            var queue = (string)typeof(IEndpointNameFormatter).GetMethod(nameof(IEndpointNameFormatter.Consumer))!
                .MakeGenericMethod(consumer).Invoke(formatter, null)!;
            foreach (var name in new[] { queue, queue + "_error", queue + "_skipped" })
            {
                await channel.QueueDeleteAsync(name);
            }
        }
    }
}

using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Consultation.Comparison;

/// <summary>
/// The run's virtual hosts, through RabbitMQ's management API: each contender gets one of its own,
/// deleted with everything in it when the contender is done, so no queue outlives the run.
/// </summary>
internal sealed class Broker(Uri management) : IDisposable
{
    private readonly HttpClient _http = Client(management);

    public async Task CreateVirtualHostAsync(string name, CancellationToken cancellationToken)
    {
        var path = Uri.EscapeDataString(name);
        (await _http.PutAsJsonAsync($"api/vhosts/{path}", new { description = "Consultation comparison run" }, cancellationToken)).EnsureSuccessStatusCode();
        (await _http.PutAsJsonAsync($"api/permissions/{path}/guest", new { configure = ".*", write = ".*", read = ".*" }, cancellationToken))
            .EnsureSuccessStatusCode();
    }

    /// <summary>Deletes the virtual host and its queues; one that is already gone is fine.</summary>
    public async Task DeleteVirtualHostAsync(string name)
    {
        using var response = await _http.DeleteAsync($"api/vhosts/{Uri.EscapeDataString(name)}");
        if (!response.IsSuccessStatusCode && response.StatusCode != System.Net.HttpStatusCode.NotFound)
        {
            Console.Error.WriteLine($"could not delete virtual host {name}: {(int)response.StatusCode}");
        }
    }

    /// <summary>The node's name (RABBITMQ_NODENAME in its processes' environment), to find its processes.</summary>
    public async Task<string> NodeAsync(CancellationToken cancellationToken)
    {
        var overview = await _http.GetFromJsonAsync<System.Text.Json.JsonElement>("api/overview", cancellationToken);
        return overview.GetProperty("node").GetString()!;
    }

    public void Dispose() => _http.Dispose();

    private static HttpClient Client(Uri management)
    {
        var http = new HttpClient { BaseAddress = management, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes("guest:guest")));
        return http;
    }
}

/// <summary>
/// Where the contenders that are not the service publish to: the event's exchange (declared as MassTransit
/// declares it) bound to a durable queue that this consumer empties, counting what arrives, so each
/// contender's messages are shown to have reached a queue, as the worker's reach its consumers.
/// </summary>
internal sealed class Sink : IAsyncDisposable
{
    public const string Exchange = "Consultation.Contracts:AssignmentOverdue";
    private const string Queue = "comparison-sink";

    private readonly IConnection _connection;
    private readonly IChannel _channel;
    private readonly string? _capture;
    private int _count;

    private Sink(IConnection connection, IChannel channel, string? capture)
    {
        _connection = connection;
        _channel = channel;
        _capture = capture;
    }

    public int Count => Volatile.Read(ref _count);

    /// <summary>Opens the sink; with <paramref name="capture"/>, the first message's body is written there (the raw floor sends those bytes).</summary>
    public static async Task<Sink> OpenAsync(int port, string virtualHost, string? capture, CancellationToken cancellationToken)
    {
        var connection = await new ConnectionFactory { HostName = "127.0.0.1", Port = port, VirtualHost = virtualHost }.CreateConnectionAsync(cancellationToken);
        var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        await channel.ExchangeDeclareAsync(Exchange, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancellationToken);
        await channel.QueueDeclareAsync(Queue, durable: true, exclusive: false, autoDelete: false, cancellationToken: cancellationToken);
        await channel.QueueBindAsync(Queue, Exchange, "", cancellationToken: cancellationToken);
        var sink = new Sink(connection, channel, capture);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += sink.ReceivedAsync;
        await channel.BasicConsumeAsync(Queue, autoAck: true, consumer, cancellationToken);
        return sink;
    }

    /// <summary>Waits until <paramref name="expected"/> messages arrived; false when none came for the given quiet time.</summary>
    public async Task<bool> WaitForAsync(int expected, TimeSpan quiet, CancellationToken cancellationToken)
    {
        var last = Count;
        var since = DateTime.UtcNow;
        while (Count < expected)
        {
            await Task.Delay(100, cancellationToken);
            if (Count != last)
            {
                (last, since) = (Count, DateTime.UtcNow);
            }
            else if (DateTime.UtcNow - since > quiet)
            {
                return false;
            }
        }
        return true;
    }

    public async ValueTask DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
    }

    private Task ReceivedAsync(object sender, BasicDeliverEventArgs delivery)
    {
        if (Interlocked.Increment(ref _count) == 1 && _capture is not null)
        {
            File.WriteAllBytes(_capture, delivery.Body.ToArray());
        }
        return Task.CompletedTask;
    }
}

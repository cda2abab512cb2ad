using System.Collections.Concurrent;
using Consultation.Contracts;
using MassTransit;

namespace Consultation.Worker.Tests.Infrastructure;

/// <summary>A bus of the test's own, bound to every escalation event, that records what arrives and with which MessageId.</summary>
public sealed class MessageCapture : IAsyncDisposable
{
    private readonly IBusControl _bus;
    private readonly string _queue;

    public ConcurrentQueue<(Guid MessageId, object Message)> Received { get; } = new();

    private MessageCapture(IBusControl bus, string queue) => (_bus, _queue) = (bus, queue);

    public static async Task<MessageCapture> StartAsync(RabbitBroker broker)
    {
        MessageCapture? capture = null;
        var queue = $"consultation-test-capture-{Guid.NewGuid():N}";
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host("127.0.0.1", (ushort)broker.Port, "/", h =>
            {
                h.Username("guest");
                h.Password("guest");
            });
            cfg.ReceiveEndpoint(queue, e =>
            {
                // Durable like a real consumer's queue, so it keeps what is published while the broker restarts under it.
                e.Durable = true;
                e.AutoDelete = false;
                e.Handler<ConsultationRequested>(c => Record(capture!, c));
                e.Handler<AssignmentDueSoon>(c => Record(capture!, c));
                e.Handler<AssignmentOverdue>(c => Record(capture!, c));
                e.Handler<VagueAnswerDetected>(c => Record(capture!, c));
                e.Handler<AssignmentDeemedAgreed>(c => Record(capture!, c));
            });
        });
        capture = new MessageCapture(bus, queue);
        await bus.StartAsync();
        return capture;
    }

    private static Task Record<T>(MessageCapture capture, ConsumeContext<T> context)
        where T : class
    {
        capture.Received.Enqueue((context.MessageId ?? Guid.Empty, context.Message));
        return Task.CompletedTask;
    }

    public IReadOnlyList<(Guid MessageId, T Message)> Of<T>() =>
        Received.Where(r => r.Message is T).Select(r => (r.MessageId, (T)r.Message)).ToList();

    /// <summary>Waits until <paramref name="count"/> messages of a type that match arrived, then a little longer to catch any extra.</summary>
    public async Task<IReadOnlyList<(Guid MessageId, T Message)>> WaitForAsync<T>(Func<T, bool> matches, int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (Of<T>().Count(m => matches(m.Message)) < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }
        await Task.Delay(500);
        return Of<T>().Where(m => matches(m.Message)).ToList();
    }

    /// <summary>Stops the bus and deletes the durable queue, which would otherwise collect every later message on the broker.</summary>
    public async ValueTask DisposeAsync()
    {
        await _bus.StopAsync();
        var management = Environment.GetEnvironmentVariable("CONSULTATION_TEST_RABBITMQ_MANAGEMENT");
        if (management is null)
        {
            return;
        }
        using var http = new HttpClient { BaseAddress = new Uri(management) };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String("guest:guest"u8.ToArray()));
        using var deleted = await http.DeleteAsync(new Uri($"api/queues/%2F/{_queue}", UriKind.Relative));
        Assert.That(deleted.IsSuccessStatusCode, Is.True, $"deleting the capture queue {_queue}");
    }
}

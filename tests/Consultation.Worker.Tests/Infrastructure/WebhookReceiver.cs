using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;

namespace Consultation.Worker.Tests.Infrastructure;

/// <summary>
/// A real HTTP receiver (HttpListener) on a loopback port, as an agency's e-office system: it records
/// every request it answers, can answer 503 for a while, and can be stopped (connections refused) and
/// started again on the same port.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private HttpListener? _listener;
    private Task? _loop;

    private WebhookReceiver(int port) => Port = port;

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}/hooks";

    /// <summary>While set, every request is answered with this status code instead of 204.</summary>
    public int? ReplyCode { get; set; }

    public ConcurrentQueue<ReceivedWebhook> Received { get; } = new();

    /// <summary>The requests answered 2xx: what the e-office system accepted.</summary>
    public IReadOnlyList<ReceivedWebhook> Accepted => Received.Where(r => r.StatusCode is >= 200 and < 300).ToList();

    public static WebhookReceiver Start()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var receiver = new WebhookReceiver(((IPEndPoint)probe.LocalEndpoint).Port);
        probe.Stop();
        receiver.StartAgain();
        return receiver;
    }

    public void StartAgain()
    {
        var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        listener.Start();
        _listener = listener;
        _loop = Task.Run(() => ServeAsync(listener));
    }

    public async Task StopAsync()
    {
        if (_listener is { } listener)
        {
            _listener = null;
            listener.Stop();
            listener.Close();
            await _loop!;
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private async Task ServeAsync(HttpListener listener)
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            using var reader = new StreamReader(context.Request.InputStream, System.Text.Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var status = ReplyCode ?? 204;
            Received.Enqueue(new ReceivedWebhook(
                context.Request.Headers["webhook-id"] ?? "", context.Request.Headers["webhook-timestamp"] ?? "",
                context.Request.Headers["webhook-signature"] ?? "", body, status));
            context.Response.StatusCode = status;
            context.Response.Close();
        }
    }
}

/// <summary>One request as the receiver got it.</summary>
public sealed record ReceivedWebhook(string Id, string Timestamp, string Signature, string Body, int StatusCode)
{
    public JsonNode Json => JsonNode.Parse(Body)!;

    public JsonNode Data => Json["data"]!;
}

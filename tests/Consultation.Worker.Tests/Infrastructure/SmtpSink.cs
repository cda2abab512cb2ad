using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using SmtpServer;
using SmtpServer.ComponentModel;

namespace Consultation.Worker.Tests.Infrastructure;

/// <summary>
/// A real SMTP server (the SmtpServer library) on a loopback port, in the test process, so a test
/// can stop it to play an outage, start it again on the same port, make it answer "busy" (451) or
/// refuse a recipient (550), and read exactly what it accepted.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private SmtpServer.SmtpServer? _server;
    private Task? _running;

    private SmtpSink(int port) => Port = port;

    public int Port { get; }

    public ConcurrentQueue<ReceivedMail> Received { get; } = new();

    /// <summary>While set, every message is answered with this reply code (e.g. 451) instead of being accepted.</summary>
    public int? ReplyCode { get; set; }

    /// <summary>Recipients (RCPT TO) the server refuses with 550.</summary>
    public ConcurrentDictionary<string, bool> RefusedRecipients { get; } = new(StringComparer.OrdinalIgnoreCase);

    public bool IsRunning => _server is not null;

    public static async Task<SmtpSink> StartAsync()
    {
        var sink = new SmtpSink(FreePort());
        await sink.StartAgainAsync();
        return sink;
    }

    public async Task StartAgainAsync()
    {
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new ServiceProvider();
        services.Add(new SinkStore(this));
        services.Add(new SinkFilter(this));
        _server = new SmtpServer.SmtpServer(options, services);
        _running = _server.StartAsync(CancellationToken.None);
        await WaitUntilAsync(accepting: true);
    }

    /// <summary>Stops listening: clients are refused a connection until <see cref="StartAgainAsync"/>.</summary>
    public async Task StopAsync()
    {
        if (_server is null)
        {
            return;
        }
        _server.Shutdown();
        await _server.ShutdownTask;
        await _running!;
        _server = null;
        await WaitUntilAsync(accepting: false);
    }

    /// <summary>Messages accepted so far whose To or Cc includes <paramref name="address"/>.</summary>
    public IReadOnlyList<ReceivedMail> To(string address) => Received.Where(m => m.IsFor(address)).ToList();

    public async ValueTask DisposeAsync() => await StopAsync();

    private async Task WaitUntilAsync(bool accepting)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                if (accepting)
                {
                    return;
                }
            }
            catch (SocketException) when (!accepting)
            {
                return;
            }
            catch (SocketException)
            {
                // Not listening yet.
            }
            await Task.Delay(50);
        }
        Assert.Fail($"The test SMTP server on port {Port} did not {(accepting ? "start" : "stop")}.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

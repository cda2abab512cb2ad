using System.Net;
using System.Net.Sockets;

namespace Consultation.Worker.Tests.Infrastructure;

/// <summary>
/// A TCP relay on loopback between a process and a server, which a spec can sever: the server then
/// looks gone the worst way, as behind a failed network path. Open connections stop carrying bytes
/// without being closed, and new ones are accepted but never answered.
/// </summary>
public sealed class SeveringProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly string _host;
    private readonly int _port;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<TcpClient> _connections = [];
    private readonly Task _accepting;
    private volatile bool _severed;

    public SeveringProxy(string host, int port)
    {
        (_host, _port) = (host, port);
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public void Sever() => _severed = true;

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
            lock (_connections)
            {
                _connections.Add(client);
            }
            if (!_severed)
            {
                _ = RelayAsync(client);
            }
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        using var server = new TcpClient();
        try
        {
            await server.ConnectAsync(_host, _port, _stop.Token);
            await Task.WhenAny(PumpAsync(client.GetStream(), server.GetStream()), PumpAsync(server.GetStream(), client.GetStream()));
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or IOException or ObjectDisposedException)
        {
        }
    }

    // Once severed, bytes read are dropped and the pump waits: the peer sees silence, not a closed socket.
    private async Task PumpAsync(Stream from, Stream to)
    {
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await from.ReadAsync(buffer, _stop.Token)) > 0)
        {
            if (_severed)
            {
                await Task.Delay(Timeout.Infinite, _stop.Token);
            }
            await to.WriteAsync(buffer.AsMemory(0, read), _stop.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        lock (_connections)
        {
            _connections.ForEach(c => c.Dispose());
        }
        _stop.Dispose();
    }
}

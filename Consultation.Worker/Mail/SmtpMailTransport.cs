using System.Net.Sockets;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Consultation.Worker.Mail;

/// <summary>Sends over one SMTP connection, opened on first use and opened again after any failure.</summary>
public sealed class SmtpMailTransport(SmtpOptions options) : IMailTransport
{
    private SmtpClient? _client;

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        try
        {
            var client = await ConnectedAsync(cancellationToken);
            await client.SendAsync(message, cancellationToken);
        }
        catch
        {
            // After a failure the session's state is unknown; the next attempt starts a new one.
            await DropAsync();
            throw;
        }
    }

    private async Task<SmtpClient> ConnectedAsync(CancellationToken cancellationToken)
    {
        if (_client is { IsConnected: true })
        {
            return _client;
        }
        await DropAsync();
        var client = new SmtpClient { Timeout = (int)options.Timeout.TotalMilliseconds };
        _client = client;
        var security = !options.UseTls ? SecureSocketOptions.None
            : options.Port == 465 ? SecureSocketOptions.SslOnConnect
            : SecureSocketOptions.StartTls;
        // Nagle's algorithm would hold the end of each message back until the server acknowledges the
        // previous segment, which servers delay by up to 40 ms: some 20 mails a second instead of hundreds.
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(options.Host!, options.Port, cancellationToken);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
        await client.ConnectAsync(socket, options.Host!, options.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(options.Username))
        {
            await client.AuthenticateAsync(options.Username, options.Password ?? "", cancellationToken);
        }
        return client;
    }

    private async Task DropAsync()
    {
        if (_client is null)
        {
            return;
        }
        var client = _client;
        _client = null;
        try
        {
            if (client.IsConnected)
            {
                await client.DisconnectAsync(true, CancellationToken.None);
            }
        }
        catch (Exception e) when (SmtpFailures.IsTransient(e))
        {
            // The server has gone already; there is nothing to say goodbye to.
        }
        client.Dispose();
    }

    public async ValueTask DisposeAsync() => await DropAsync();
}

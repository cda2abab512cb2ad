using System.Buffers;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Consultation.Worker.Tests.Infrastructure;

/// <summary>Keeps what the test SMTP server accepts, or answers with the reply code the test chose.</summary>
internal sealed class SinkStore(SmtpSink sink) : MessageStore
{
    public override async Task<SmtpResponse> SaveAsync(
        ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
    {
        if (sink.ReplyCode is { } code)
        {
            return new SmtpResponse((SmtpReplyCode)code, "Try again later");
        }
        await using var stream = new MemoryStream(buffer.ToArray());
        var message = await MimeMessage.LoadAsync(stream, cancellationToken);
        sink.Received.Enqueue(new ReceivedMail(message, transaction.To.Select(m => $"{m.User}@{m.Host}").ToList()));
        return SmtpResponse.Ok;
    }
}

using MimeKit;

namespace Consultation.Worker.Mail;

/// <summary>
/// Writes each message as an <c>.eml</c> file named after its Message-ID: the embedded default when
/// no SMTP host is set. Written under a temporary name and then moved, so a reader never sees half a
/// file; a resend overwrites the same file rather than adding a second.
/// </summary>
public sealed class PickupDirectoryTransport(string directory) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var name = (message.MessageId ?? Guid.NewGuid().ToString()).Split('@')[0];
        var partial = Path.Combine(directory, name + ".partial");
        await message.WriteToAsync(partial, cancellationToken);
        File.Move(partial, Path.Combine(directory, name + ".eml"), overwrite: true);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

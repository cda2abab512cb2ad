using MimeKit;

namespace Consultation.Worker.Tests.Infrastructure;

/// <summary>A message the test SMTP server accepted, with the envelope recipients it was given.</summary>
public sealed record ReceivedMail(MimeMessage Message, IReadOnlyList<string> Envelope)
{
    public string Text => Message.TextBody ?? "";

    public string Html => Message.HtmlBody ?? "";

    public bool IsFor(string address) =>
        Message.To.Mailboxes.Concat(Message.Cc.Mailboxes).Any(m => string.Equals(m.Address, address, StringComparison.OrdinalIgnoreCase));

    public bool Mentions(string documentNumber) => Text.Contains($"Văn bản số {documentNumber} ", StringComparison.Ordinal);
}

using Consultation.Core.Mail;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Consultation.Worker.Mail;

/// <summary>Writes a queued mail as a MIME message: the rendered templates, its recipients, and its id as the Message-ID.</summary>
public sealed class MailComposer(MailTemplates templates, IOptions<MailOptions> options, TimeProvider clock)
{
    private const string DefaultFrom = "no-reply@localhost";

    public async Task<MimeMessage> ComposeAsync(QueuedMail mail)
    {
        var now = clock.GetUtcNow();
        var rendered = await templates.RenderAsync(MailModels.Build(mail, now));
        var settings = options.Value;
        var from = new MailboxAddress(settings.FromName, settings.From ?? DefaultFrom);
        var to = InternetAddressList.Parse(mail.Recipient).Mailboxes.ToList();
        if (to.Count == 1)
        {
            to[0].Name = mail.Items[^1].RecipientName;
        }
        var addressed = to.Select(a => a.Address).ToHashSet(StringComparer.OrdinalIgnoreCase);
        // The heads of every late agency the mail lists, each once, and never the recipient again.
        var cc = mail.Items
            .Where(i => !string.IsNullOrWhiteSpace(i.Cc))
            .SelectMany(i => InternetAddressList.Parse(i.Cc!).Mailboxes)
            .Where(a => addressed.Add(a.Address))
            .ToList();

        var message = new MimeMessage();
        message.From.Add(from);
        message.To.AddRange(to);
        message.Cc.AddRange(cc);
        message.Subject = rendered.Subject;
        message.Date = now;
        // The mail's id, so a resend after a crash carries the same Message-ID and mail clients can tell.
        message.MessageId = $"{mail.Id}@{from.Domain}";
        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Headers.Add("X-Auto-Response-Suppress", "All");
        message.Body = new BodyBuilder { HtmlBody = rendered.Html, TextBody = rendered.Text }.ToMessageBody();
        return message;
    }
}

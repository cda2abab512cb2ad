using System.Globalization;
using System.Text.Json;
using Consultation.Core.Calendar;
using Consultation.Core.Mail;
using Consultation.Core.Reports;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Consultation.Worker.Mail;

/// <summary>Writes a queued mail as a MIME message: the rendered templates, its recipients, and its id as the Message-ID.</summary>
public sealed class MailComposer(MailTemplates templates, MailLinks links, IOptions<MailOptions> options, TimeProvider clock, IWorkingCalendar calendar)
{
    private const string DefaultFrom = "no-reply@localhost";

    public async Task<MimeMessage> ComposeAsync(QueuedMail mail)
    {
        var now = clock.GetUtcNow();
        var rendered = await templates.RenderAsync(MailModels.Build(mail, now, calendar, links));
        var settings = options.Value;
        var from = new MailboxAddress(settings.FromName, settings.From ?? DefaultFrom);
        var to = InternetAddressList.Parse(mail.Recipient).Mailboxes.ToList();
        if (to.Count == 1)
        {
            to[0].Name = mail.Items[^1].RecipientName;
        }
        var message = Message(mail, from, to, now, rendered);
        message.Body = new BodyBuilder { HtmlBody = rendered.Html, TextBody = rendered.Text }.ToMessageBody();
        return message;
    }

    /// <summary>
    /// The email of a consolidated report, with its Word and Excel files attached as stored: a mail of
    /// its own, to the lead unit (the supervisor for the province-wide report), with no copies.
    /// </summary>
    public async Task<MimeMessage> ComposeReportAsync(QueuedMail mail, StoredReport report)
    {
        var now = clock.GetUtcNow();
        var from = new MailboxAddress(options.Value.FromName, options.Value.From ?? DefaultFrom);
        var recipientName = mail.Report?.RecipientName ?? mail.Recipient;
        var to = InternetAddressList.Parse(mail.Recipient).Mailboxes.ToList();
        if (to.Count == 1)
        {
            to[0].Name = recipientName;
        }
        var periodFrom = DateOnly.ParseExact(report.PeriodFrom, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var periodTo = DateOnly.ParseExact(report.PeriodTo, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var docx = ReportFiles.Name(report.Lead, periodFrom, periodTo, "docx");
        var xlsx = ReportFiles.Name(report.Lead, periodFrom, periodTo, "xlsx");
        using var json = JsonDocument.Parse(report.Json);
        var root = json.RootElement;
        var provinceWide = report.Lead == NonCooperationReport.All;
        var model = new ReportMailModel
        {
            MailId = mail.Id.ToString(),
            Recipient = new MailRecipientView(recipientName, mail.Recipient),
            Date = VietnameseDates.FormalDate(VietnamTime.DateOf(now)),
            ProvinceWide = provinceWide,
            LeadName = root.TryGetProperty("leadName", out var lead) && lead.ValueKind == JsonValueKind.String ? lead.GetString()! : recipientName,
            Period = $"từ ngày {VietnameseDates.ShortDate(periodFrom)} đến ngày {VietnameseDates.ShortDate(periodTo)}",
            Agencies = Length(root, "agencies"),
            Proposed = Length(root, "proposed"),
            Commended = Length(root, "commendations"),
            Attachments =
            [
                new ReportMailAttachment(docx, "báo cáo (Word)"),
                new ReportMailAttachment(xlsx, "bảng số liệu (Excel)"),
            ],
        };
        var rendered = await templates.RenderAsync(model);
        var message = Message(mail, from, to, now, rendered);
        var body = new BodyBuilder { HtmlBody = rendered.Html, TextBody = rendered.Text };
        // MimeKit writes the Vietnamese names encoded (RFC 2231), which mail clients show as they are.
        body.Attachments.Add(docx, report.Docx, ContentType.Parse(ReportFiles.DocxType));
        body.Attachments.Add(xlsx, report.Xlsx, ContentType.Parse(ReportFiles.XlsxType));
        message.Body = body.ToMessageBody();
        return message;
    }

    private static MimeMessage Message(QueuedMail mail, MailboxAddress from, List<MailboxAddress> to, DateTimeOffset now, RenderedMail rendered)
    {
        var message = new MimeMessage();
        message.From.Add(from);
        message.To.AddRange(to);
        message.Subject = rendered.Subject;
        message.Date = now;
        // The mail's id, so a resend after a crash carries the same Message-ID and mail clients can tell.
        message.MessageId = $"{mail.Id}@{from.Domain}";
        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Headers.Add("X-Auto-Response-Suppress", "All");
        return message;
    }

    private static int Length(JsonElement root, string property) =>
        root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Array ? value.GetArrayLength() : 0;
}

using Consultation.Contracts;
using Consultation.Core.Mail;
using Consultation.Worker.Mail;
using MassTransit;

namespace Consultation.Worker.Consumers;

/// <summary>
/// Item 1(i) and item 2: the lead unit receives its consolidated report, and the supervisor (Sở Nội
/// vụ) the province-wide one, as an email of its own with the Word and Excel files attached. The
/// mail is keyed by the report and the recipient, so a redelivered or republished event sends
/// nothing twice; the files are read from the stored report when the mail goes out.
/// </summary>
public sealed class NonCooperationReportReadyConsumer(MailRecipients recipients, MailQueue queue, ILogger<NonCooperationReportReadyConsumer> logger)
    : IConsumer<NonCooperationReportReady>
{
    public async Task Consume(ConsumeContext<NonCooperationReportReady> context)
    {
        var message = context.Message;
        var recipient = message.LeadAgencyCode is { Length: > 0 } lead
            ? await recipients.AgencyAsync(lead, context.CancellationToken)
            : await recipients.SupervisorAsync(context.CancellationToken);
        var added = await queue.AddReportAsync(message.ReportId, recipient.Email, recipient.Name, context.CancellationToken);
        logger.LogInformation("Report {ReportId} ({Lead}, {From}–{To}) for {Recipient}: {Outcome}",
            message.ReportId, message.LeadAgencyCode ?? "all", message.PeriodFrom, message.PeriodTo, recipient.Code, added ? "mail queued" : "already queued");
    }
}

using Consultation.Contracts;
using Consultation.Core.Escalations;
using Consultation.Core.Mail;
using Consultation.Worker.Mail;
using Consultation.Worker.Webhooks;
using MassTransit;

namespace Consultation.Worker.Consumers;

/// <summary>Tells the lead unit and the silent agency's head that silence has been recorded as agreement.</summary>
public sealed class AssignmentDeemedAgreedConsumer(MailRecipients recipients, MailQueue queue, WebhookRecorder webhooks, ILogger<AssignmentDeemedAgreedConsumer> logger)
    : IConsumer<AssignmentDeemedAgreed>
{
    public async Task Consume(ConsumeContext<AssignmentDeemedAgreed> context)
    {
        var message = context.Message;
        var lead = await recipients.AgencyAsync(message.LeadAgencyCode, context.CancellationToken);
        var silent = await recipients.AgencyAsync(message.AgencyCode, context.CancellationToken);
        var mail = EventMail.Of(message.EscalationId, EscalationKinds.DeemedAgreed, message.ConsultationId, message);
        var added = await queue.AddAsync([mail.ToUnit(lead, MailRoles.Lead), mail.ToHead(silent)], context.CancellationToken);
        var hooks = await webhooks.ToBothAsync(EscalationKinds.DeemedAgreed, WebhookPayloads.Of(message), context.CancellationToken);
        logger.LogInformation("{DocumentNumber}: {AgencyCode} deemed to agree; {Added} mail items new; {Hooks} webhook deliveries new", message.DocumentNumber, message.AgencyCode, added, hooks);
    }
}

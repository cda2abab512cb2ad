using Consultation.Contracts;
using Consultation.Core.Escalations;
using Consultation.Core.Mail;
using Consultation.Worker.Mail;
using Consultation.Worker.Webhooks;
using MassTransit;

namespace Consultation.Worker.Consumers;

/// <summary>Tells a consulted agency it has been asked: the issue, the proposed direction, why it is asked, and by when.</summary>
public sealed class ConsultationRequestedConsumer(MailRecipients recipients, MailQueue queue, WebhookRecorder webhooks, ILogger<ConsultationRequestedConsumer> logger)
    : IConsumer<ConsultationRequested>
{
    public async Task Consume(ConsumeContext<ConsultationRequested> context)
    {
        var message = context.Message;
        var consulted = await recipients.AgencyAsync(message.AgencyCode, context.CancellationToken);
        var mail = EventMail.Of(message.EscalationId, EscalationKinds.Requested, message.ConsultationId, message);
        var added = await queue.AddAsync([mail.ToUnit(consulted, MailRoles.Agency)], context.CancellationToken);
        var hooks = await webhooks.ToConsultedAsync(EscalationKinds.Requested, WebhookPayloads.Of(message), context.CancellationToken);
        logger.LogInformation("{DocumentNumber}: {AgencyCode} asked by {LeadAgencyCode}; {Added} mail item new; {Hooks} webhook deliveries new",
            message.DocumentNumber, message.AgencyCode, message.LeadAgencyCode, added, hooks);
    }
}

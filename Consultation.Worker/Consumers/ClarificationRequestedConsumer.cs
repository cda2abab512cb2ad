using Consultation.Contracts;
using Consultation.Core.Escalations;
using Consultation.Core.Mail;
using Consultation.Worker.Mail;
using Consultation.Worker.Webhooks;
using MassTransit;

namespace Consultation.Worker.Consumers;

/// <summary>Tells the consulted agency that the lead asks it to clarify its answer: the lead's note and the new deadline.</summary>
public sealed class ClarificationRequestedConsumer(MailRecipients recipients, MailQueue queue, WebhookRecorder webhooks, ILogger<ClarificationRequestedConsumer> logger)
    : IConsumer<ClarificationRequested>
{
    public async Task Consume(ConsumeContext<ClarificationRequested> context)
    {
        var message = context.Message;
        var consulted = await recipients.AgencyAsync(message.AgencyCode, context.CancellationToken);
        var mail = EventMail.Of(message.EscalationId, EscalationKinds.ClarificationRequested, message.ConsultationId, message);
        var added = await queue.AddAsync([mail.ToUnit(consulted, MailRoles.Agency)], context.CancellationToken);
        var hooks = await webhooks.ToConsultedAsync(EscalationKinds.ClarificationRequested, WebhookPayloads.Of(message), context.CancellationToken);
        logger.LogInformation("{DocumentNumber}: {LeadAgencyCode} asks {AgencyCode} to clarify (round {Round}); {Added} mail item new; {Hooks} webhook deliveries new",
            message.DocumentNumber, message.LeadAgencyCode, message.AgencyCode, message.Round, added, hooks);
    }
}

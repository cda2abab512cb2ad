using Consultation.Contracts;
using Consultation.Core.Escalations;
using Consultation.Core.Mail;
using Consultation.Worker.Mail;
using Consultation.Worker.Webhooks;
using MassTransit;

namespace Consultation.Worker.Consumers;

/// <summary>Reminds the consulted agency of what is asked and by when.</summary>
public sealed class AssignmentDueSoonConsumer(MailRecipients recipients, MailQueue queue, WebhookRecorder webhooks, ILogger<AssignmentDueSoonConsumer> logger)
    : IConsumer<AssignmentDueSoon>
{
    public async Task Consume(ConsumeContext<AssignmentDueSoon> context)
    {
        var message = context.Message;
        var consulted = await recipients.AgencyAsync(message.AgencyCode, context.CancellationToken);
        var mail = EventMail.Of(message.EscalationId, EscalationKinds.DueSoon, message.ConsultationId, message);
        var added = await queue.AddAsync([mail.ToUnit(consulted, MailRoles.Agency)], context.CancellationToken);
        var hooks = await webhooks.ToConsultedAsync(EscalationKinds.DueSoon, WebhookPayloads.Of(message), context.CancellationToken);
        logger.LogInformation("{DocumentNumber}: {AgencyCode} reminded, {WorkingDaysLeft} working days left; {Added} mail item new; {Hooks} webhook deliveries new",
            message.DocumentNumber, message.AgencyCode, message.WorkingDaysLeft, added, hooks);
    }
}

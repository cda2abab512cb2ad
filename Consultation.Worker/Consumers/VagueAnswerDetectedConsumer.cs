using Consultation.Contracts;
using Consultation.Core.Escalations;
using Consultation.Core.Mail;
using Consultation.Worker.Mail;
using Consultation.Worker.Webhooks;
using MassTransit;

namespace Consultation.Worker.Consumers;

/// <summary>Asks the lead unit to review an answer the assessor found vague: accept it, confirm it, or ask for clarification.</summary>
public sealed class VagueAnswerDetectedConsumer(MailRecipients recipients, MailQueue queue, WebhookRecorder webhooks, ILogger<VagueAnswerDetectedConsumer> logger)
    : IConsumer<VagueAnswerDetected>
{
    public async Task Consume(ConsumeContext<VagueAnswerDetected> context)
    {
        var message = context.Message;
        var lead = await recipients.AgencyAsync(message.LeadAgencyCode, context.CancellationToken);
        var mail = EventMail.Of(message.EscalationId, EscalationKinds.VagueAnswer, message.ConsultationId, message);
        var added = await queue.AddAsync([mail.ToUnit(lead, MailRoles.Lead)], context.CancellationToken);
        var hooks = await webhooks.ToLeadAsync(EscalationKinds.VagueAnswer, WebhookPayloads.Of(message), context.CancellationToken);
        logger.LogInformation("{DocumentNumber}: the answer of {AgencyCode} is vague (score {Score}); {Added} mail item new; {Hooks} webhook deliveries new",
            message.DocumentNumber, message.AgencyCode, message.Score, added, hooks);
    }
}

using Consultation.Contracts;
using Consultation.Core.Escalations;
using Consultation.Core.Mail;
using Consultation.Worker.Mail;
using Consultation.Worker.Webhooks;
using MassTransit;

namespace Consultation.Worker.Consumers;

/// <summary>
/// Tells the lead at once that a consulted agency answered not_competent and whom it names, so the
/// lead can redirect. The answer's text goes to the lead alone, who may read it through the API.
/// </summary>
public sealed class AssignmentReferredConsumer(MailRecipients recipients, MailQueue queue, WebhookRecorder webhooks, ILogger<AssignmentReferredConsumer> logger)
    : IConsumer<AssignmentReferred>
{
    public async Task Consume(ConsumeContext<AssignmentReferred> context)
    {
        var message = context.Message;
        var lead = await recipients.AgencyAsync(message.LeadAgencyCode, context.CancellationToken);
        var mail = EventMail.Of(message.EscalationId, EscalationKinds.Referred, message.ConsultationId, message);
        var added = await queue.AddAsync([mail.ToUnit(lead, MailRoles.Lead)], context.CancellationToken);
        var hooks = await webhooks.ToLeadAsync(EscalationKinds.Referred, WebhookPayloads.Of(message), context.CancellationToken);
        logger.LogInformation("{DocumentNumber}: {AgencyCode} answered not competent, naming {Competent}; {Added} mail item new; {Hooks} webhook deliveries new",
            message.DocumentNumber, message.AgencyCode, message.CompetentAgencyName, added, hooks);
    }
}

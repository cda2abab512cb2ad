using Consultation.Contracts;
using Consultation.Core.Escalations;
using Consultation.Core.Mail;
using Consultation.Worker.Mail;
using Consultation.Worker.Webhooks;
using MassTransit;

namespace Consultation.Worker.Consumers;

/// <summary>A request passed round a ring of not_competent answers: the supervisor (item 2) and the lead are told.</summary>
public sealed class ReferralRingDetectedConsumer(MailRecipients recipients, MailQueue queue, WebhookRecorder webhooks, ILogger<ReferralRingDetectedConsumer> logger)
    : IConsumer<ReferralRingDetected>
{
    public async Task Consume(ConsumeContext<ReferralRingDetected> context)
    {
        var message = context.Message;
        var lead = await recipients.AgencyAsync(message.LeadAgencyCode, context.CancellationToken);
        var supervisor = await recipients.SupervisorAsync(context.CancellationToken);
        var mail = EventMail.Of(message.EscalationId, EscalationKinds.ReferralRing, message.ConsultationId, message);
        var added = await queue.AddAsync([mail.ToUnit(supervisor, MailRoles.Supervisor), mail.ToUnit(lead, MailRoles.Lead)], context.CancellationToken);
        var hooks = await webhooks.ToLeadAsync(EscalationKinds.ReferralRing, WebhookPayloads.Of(message), context.CancellationToken);
        logger.LogWarning("{DocumentNumber}: referral ring {Ring}; {Added} mail items new; {Hooks} webhook deliveries new",
            message.DocumentNumber, string.Join(" -> ", message.Ring), added, hooks);
    }
}

using Consultation.Contracts;
using Consultation.Core.Escalations;
using Consultation.Core.Mail;
using Consultation.Worker.Mail;
using Consultation.Worker.Webhooks;
using MassTransit;

namespace Consultation.Worker.Consumers;

/// <summary>
/// Level 1: the lead unit, and the late agency's head in a mail of the head's own (item 1(c): the
/// head answers for the unit), never in copy of the lead's, which lists other agencies. Level 2:
/// the same, and the supervisor (Sở Nội vụ) too.
/// </summary>
public sealed class AssignmentOverdueConsumer(MailRecipients recipients, MailQueue queue, WebhookRecorder webhooks, ILogger<AssignmentOverdueConsumer> logger)
    : IConsumer<AssignmentOverdue>
{
    public async Task Consume(ConsumeContext<AssignmentOverdue> context)
    {
        var message = context.Message;
        var lead = await recipients.AgencyAsync(message.LeadAgencyCode, context.CancellationToken);
        var late = await recipients.AgencyAsync(message.AgencyCode, context.CancellationToken);
        var mail = EventMail.Of(message.EscalationId, EscalationKinds.Overdue, message.ConsultationId, message);
        var items = new List<MailItem> { mail.ToUnit(lead, MailRoles.Lead), mail.ToHead(late) };
        if (message.Level >= 2)
        {
            items.Add(mail.ToUnit(await recipients.SupervisorAsync(context.CancellationToken), MailRoles.Supervisor));
        }
        var added = await queue.AddAsync(items, context.CancellationToken);
        var hooks = await webhooks.ToBothAsync(EscalationKinds.Overdue, WebhookPayloads.Of(message), context.CancellationToken);
        logger.LogInformation("{DocumentNumber}: {AgencyCode} overdue, level {Level}; {Added} of {Items} mail items new; {Hooks} webhook deliveries new",
            message.DocumentNumber, message.AgencyCode, message.Level, added, items.Count, hooks);
    }
}

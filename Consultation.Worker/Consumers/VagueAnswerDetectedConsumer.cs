using Consultation.Contracts;
using Consultation.Core.Escalations;
using Consultation.Core.Mail;
using Consultation.Worker.Mail;
using MassTransit;

namespace Consultation.Worker.Consumers;

/// <summary>Asks the lead unit to review an answer the assessor found vague: accept it, confirm it, or ask for clarification.</summary>
public sealed class VagueAnswerDetectedConsumer(MailRecipients recipients, MailQueue queue, ILogger<VagueAnswerDetectedConsumer> logger)
    : IConsumer<VagueAnswerDetected>
{
    public async Task Consume(ConsumeContext<VagueAnswerDetected> context)
    {
        var message = context.Message;
        var lead = await recipients.AgencyAsync(message.LeadAgencyCode, context.CancellationToken);
        var mail = EventMail.Of(message.EscalationId, EscalationKinds.VagueAnswer, message.ConsultationId, message);
        var added = await queue.AddAsync([mail.ToUnit(lead, MailRoles.Lead)], context.CancellationToken);
        logger.LogInformation("{DocumentNumber}: the answer of {AgencyCode} is vague (score {Score}); {Added} mail item new",
            message.DocumentNumber, message.AgencyCode, message.Score, added);
    }
}

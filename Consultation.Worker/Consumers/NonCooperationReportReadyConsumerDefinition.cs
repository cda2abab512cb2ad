using Consultation.Worker.Mail;
using Microsoft.Extensions.Options;

namespace Consultation.Worker.Consumers;

public sealed class NonCooperationReportReadyConsumerDefinition(IOptions<MailOptions> mail, IOptions<MessagingOptions> messaging)
    : MailConsumerDefinition<NonCooperationReportReadyConsumer>(mail, messaging);

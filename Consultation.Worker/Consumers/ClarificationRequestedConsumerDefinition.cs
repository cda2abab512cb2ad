using Consultation.Worker.Mail;
using Microsoft.Extensions.Options;

namespace Consultation.Worker.Consumers;

public sealed class ClarificationRequestedConsumerDefinition(IOptions<MailOptions> mail, IOptions<MessagingOptions> messaging)
    : MailConsumerDefinition<ClarificationRequestedConsumer>(mail, messaging);

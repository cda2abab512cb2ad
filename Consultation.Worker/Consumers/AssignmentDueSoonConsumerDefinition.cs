using Consultation.Worker.Mail;
using Microsoft.Extensions.Options;

namespace Consultation.Worker.Consumers;

public sealed class AssignmentDueSoonConsumerDefinition(IOptions<MailOptions> mail, IOptions<MessagingOptions> messaging)
    : MailConsumerDefinition<AssignmentDueSoonConsumer>(mail, messaging);

using Consultation.Worker.Mail;
using Microsoft.Extensions.Options;

namespace Consultation.Worker.Consumers;

public sealed class AssignmentReferredConsumerDefinition(IOptions<MailOptions> mail, IOptions<MessagingOptions> messaging)
    : MailConsumerDefinition<AssignmentReferredConsumer>(mail, messaging);

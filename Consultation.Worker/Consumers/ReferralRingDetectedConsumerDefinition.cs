using Consultation.Worker.Mail;
using Microsoft.Extensions.Options;

namespace Consultation.Worker.Consumers;

public sealed class ReferralRingDetectedConsumerDefinition(IOptions<MailOptions> mail, IOptions<MessagingOptions> messaging)
    : MailConsumerDefinition<ReferralRingDetectedConsumer>(mail, messaging);

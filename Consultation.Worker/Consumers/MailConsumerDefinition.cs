using Consultation.Worker.Mail;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Consultation.Worker.Consumers;

/// <summary>
/// What every mail consumer's endpoint shares: prefetch and concurrency from settings, and retries
/// for a passing database failure. A message that still fails, or names an agency nobody registered,
/// goes to the endpoint's <c>_error</c> queue, where ops see it and move it back once the cause is
/// fixed; recording its items again then adds nothing.
/// </summary>
public abstract class MailConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer
{
    private readonly int _prefetchCount;
    private readonly bool _quorum;

    protected MailConsumerDefinition(IOptions<MailOptions> mail, IOptions<MessagingOptions> messaging)
    {
        ConcurrentMessageLimit = mail.Value.ConsumerConcurrency;
        _prefetchCount = messaging.Value.RabbitMq.PrefetchCount;
        _quorum = messaging.Value.RabbitMq.QuorumQueues;
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<TConsumer> consumerConfigurator, IRegistrationContext context)
    {
        endpointConfigurator.PrefetchCount = _prefetchCount;
        if (_quorum && endpointConfigurator is IRabbitMqReceiveEndpointConfigurator rabbit)
        {
            rabbit.SetQuorumQueue();
        }
        endpointConfigurator.UseMessageRetry(r =>
        {
            r.Ignore<UnknownRecipientException>();
            r.Exponential(5, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(400));
        });
    }
}

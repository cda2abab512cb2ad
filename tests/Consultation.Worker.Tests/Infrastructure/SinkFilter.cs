using SmtpServer;
using SmtpServer.Mail;
using SmtpServer.Storage;

namespace Consultation.Worker.Tests.Infrastructure;

/// <summary>Refuses the recipients the test named, as a server does for an address that does not exist (550).</summary>
internal sealed class SinkFilter(SmtpSink sink) : MailboxFilter
{
    public override Task<bool> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox from, CancellationToken cancellationToken) =>
        Task.FromResult(!sink.RefusedRecipients.ContainsKey($"{to.User}@{to.Host}"));
}

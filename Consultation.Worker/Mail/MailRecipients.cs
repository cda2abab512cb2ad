using Consultation.Core.Agencies;
using Microsoft.Extensions.Options;

namespace Consultation.Worker.Mail;

/// <summary>Who receives what: agencies looked up by code, and the supervisor named in the settings.</summary>
public sealed class MailRecipients(AgencyStore agencies, IOptions<MailOptions> options)
{
    public async Task<Agency> AgencyAsync(string code, CancellationToken cancellationToken) =>
        await agencies.FindAsync(code, cancellationToken) ?? throw new UnknownRecipientException(code);

    /// <summary>The Department of Home Affairs (Sở Nội vụ), which monitors compliance province-wide (item 2).</summary>
    public Task<Agency> SupervisorAsync(CancellationToken cancellationToken) => AgencyAsync(options.Value.SupervisorAgencyCode, cancellationToken);
}

using Consultation.Core.Auth;
using Consultation.Core.Calendar;
using Consultation.Core.Mail;
using Consultation.Core.Portal;
using Microsoft.Extensions.Options;

namespace Consultation.Worker.Mail;

/// <summary>
/// The portal links of one consultation in a mail: one per agency and role the recipient acts for there,
/// read from the role each item was sent in. A lead reads as the lead unit, an agency and its head as the
/// consulted agency, the supervisor as itself with the supervisor's role; never as an agency the mail
/// only mentions (the lead's overdue list names late agencies, and gets no link of theirs).
/// </summary>
public sealed class MailLinks(PortalLinks links, IOptions<MailOptions> options)
{
    /// <summary>Links issued at <paramref name="now"/>, when the mail is composed, so a retried mail carries fresh ones.</summary>
    public IReadOnlyList<MailLinkView> Issue(Guid consultationId, IEnumerable<(MailItem Item, MailLine Line)> lines, DateTimeOffset now) => lines
        .Select(l => Scope(l.Item, l.Line))
        .DistinctBy(s => (s.Code, s.Role))
        .Select(s =>
        {
            var link = links.Issue(s.Code, s.Role, consultationId, now);
            return new MailLinkView { Url = links.Url(link), AgencyName = s.Name, ValidUntil = VietnameseDates.Deadline(link.ExpiresAt) };
        })
        .ToList();

    private (string Code, string Role, string Name) Scope(MailItem item, MailLine line) => item.Role switch
    {
        MailRoles.Lead => (line.LeadAgencyCode, Roles.Agency, line.LeadAgencyName),
        // The head (người đứng đầu) acts for the agency it heads.
        MailRoles.Agency or MailRoles.Head => (line.View.AgencyCode, Roles.Agency, line.View.AgencyName),
        // The supervisor is the agency of Mail:SupervisorAgencyCode, the one its items are sent to.
        MailRoles.Supervisor => (options.Value.SupervisorAgencyCode, Roles.Supervisor, item.RecipientName),
        _ => throw new InvalidOperationException($"Mail item {item.SourceId} has the role '{item.Role}', which has no portal link."),
    };
}

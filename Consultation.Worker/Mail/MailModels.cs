using System.Globalization;
using Consultation.Core.Calendar;
using Consultation.Core.Escalations;
using Consultation.Core.Mail;
using Consultation.Worker.Escalations;

namespace Consultation.Worker.Mail;

/// <summary>Turns a mail's items (events stored as JSON) into what the templates see, grouped by consultation.</summary>
public static class MailModels
{
    // An answer is quoted up to this length; the whole text is read through the API. Keeps a mail of
    // many items within what relays accept.
    private const int MaxQuoted = 2_000;

    /// <summary>
    /// The model of a mail; overdue days are counted now, when it is sent, as reports count them, and the
    /// portal links are issued now, valid from the moment the mail goes.
    /// </summary>
    public static MailModel Build(QueuedMail mail, DateTimeOffset now, IWorkingCalendar calendar, MailLinks links)
    {
        var items = mail.Items.Select(i => (Item: i, Line: EscalationCatalog.Of(i.Kind).Read(i, now, calendar))).ToList();
        var consultations = items
            .GroupBy(i => i.Line.ConsultationId)
            .Select(g => new MailConsultationView
            {
                Id = g.Key.ToString(),
                DocumentNumber = g.First().Line.DocumentNumber,
                Title = g.First().Line.Title,
                LeadAgencyName = g.First().Line.LeadAgencyName,
                Items = g.Select(i => i.Line.View).ToList(),
                Links = links.Issue(g.Key, g, now),
            })
            .ToList();
        var views = items.Select(i => i.Line.View).ToList();
        // Every kind is counted under its own name (counts.overdue, counts.clarification_requested…), so a
        // template can speak of a new kind without a change here; the rest are counts across kinds.
        var counts = EscalationCatalog.All.ToDictionary(k => k.Name, k => (object)views.Count(v => v.Kind == k.Name), StringComparer.Ordinal);
        counts["total"] = views.Count;
        counts["level2"] = views.Count(v => v.Kind == EscalationKinds.Overdue && v.Level >= 2);
        counts["lead"] = views.Count(v => v.Role == MailRoles.Lead);
        counts["supervisor"] = views.Count(v => v.Role == MailRoles.Supervisor);
        counts["head"] = views.Count(v => v.Role == MailRoles.Head);
        var latest = mail.Items[^1];
        return new MailModel
        {
            MailId = mail.Id.ToString(),
            Recipient = new MailRecipientView(latest.RecipientName, mail.Recipient),
            Date = VietnameseDates.FormalDate(VietnamTime.DateOf(now)),
            Consultations = consultations,
            Counts = counts,
            Summary = Summary(views),
        };
    }

    private static List<string> Summary(IReadOnlyList<MailItemView> views) => EscalationCatalog.All
        .Select(kind => (Count: views.Count(v => v.Kind == kind.Name), kind.Summary))
        .Where(p => p.Count > 0)
        .Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Count} {p.Summary}"))
        .ToList();

    internal static MailItemView View(MailItem item, string agencyCode, string agencyName, DateTimeOffset? dueAt) => new()
    {
        Kind = item.Kind,
        Role = item.Role,
        AgencyCode = agencyCode,
        AgencyName = agencyName,
        Due = dueAt is { } due ? VietnameseDates.Deadline(due) : null,
    };

    internal static string Quoted(string content) =>
        content.Length <= MaxQuoted ? content : content[..MaxQuoted] + " […] (trích; toàn văn xem trên hệ thống)";
}

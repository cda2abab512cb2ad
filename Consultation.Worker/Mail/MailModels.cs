using System.Globalization;
using System.Text.Json;
using Consultation.Contracts;
using Consultation.Core.Calendar;
using Consultation.Core.Escalations;
using Consultation.Core.Mail;

namespace Consultation.Worker.Mail;

/// <summary>Turns a mail's items (events stored as JSON) into what the templates see, grouped by consultation.</summary>
public static class MailModels
{
    // An answer is quoted up to this length; the whole text is read through the API. Keeps a mail of
    // many items within what relays accept.
    private const int MaxQuoted = 2_000;

    /// <summary>The model of a mail; overdue days are counted now, when it is sent, as reports count them.</summary>
    public static MailModel Build(QueuedMail mail, DateTimeOffset now, IWorkingCalendar calendar)
    {
        var read = mail.Items.Select(i => Read(i, now, calendar)).ToList();
        var consultations = read
            .GroupBy(r => r.ConsultationId)
            .Select(g => new MailConsultationView
            {
                Id = g.Key.ToString(),
                DocumentNumber = g.First().DocumentNumber,
                Title = g.First().Title,
                LeadAgencyName = g.First().LeadAgencyName,
                Items = g.Select(r => r.View).ToList(),
            })
            .ToList();
        var views = read.Select(r => r.View).ToList();
        var counts = new MailCounts
        {
            Total = views.Count,
            Overdue = views.Count(v => v.Kind == EscalationKinds.Overdue),
            Level2 = views.Count(v => v.Kind == EscalationKinds.Overdue && v.Level >= 2),
            VagueAnswer = views.Count(v => v.Kind == EscalationKinds.VagueAnswer),
            DueSoon = views.Count(v => v.Kind == EscalationKinds.DueSoon),
            Requested = views.Count(v => v.Kind == EscalationKinds.Requested),
            DeemedAgreed = views.Count(v => v.Kind == EscalationKinds.DeemedAgreed),
            Clarification = views.Count(v => v.Kind == EscalationKinds.ClarificationRequested),
            Referred = views.Count(v => v.Kind == EscalationKinds.Referred),
            ReferralRing = views.Count(v => v.Kind == EscalationKinds.ReferralRing),
            Lead = views.Count(v => v.Role == MailRoles.Lead),
            Supervisor = views.Count(v => v.Role == MailRoles.Supervisor),
            Head = views.Count(v => v.Role == MailRoles.Head),
        };
        var latest = mail.Items[^1];
        return new MailModel
        {
            MailId = mail.Id.ToString(),
            Recipient = new MailRecipientView(latest.RecipientName, mail.Recipient),
            Date = VietnameseDates.FormalDate(VietnamTime.DateOf(now)),
            Consultations = consultations,
            Counts = counts,
            Summary = Summary(counts),
        };
    }

    private static List<string> Summary(MailCounts c) => new (int Count, string Phrase)[]
    {
        (c.Overdue, "trường hợp quá hạn chưa trả lời"),
        (c.VagueAnswer, "ý kiến trả lời cần xem xét"),
        (c.DeemedAgreed, "trường hợp được coi là thống nhất"),
        (c.ReferralRing, "trường hợp chuyển vòng giữa các cơ quan"),
        (c.Referred, "ý kiến trả lời không thuộc chức năng, nhiệm vụ"),
        (c.Clarification, "đề nghị giải trình, làm rõ ý kiến"),
        (c.DueSoon, "văn bản sắp đến hạn trả lời"),
        (c.Requested, "văn bản đề nghị cho ý kiến"),
    }.Where(p => p.Count > 0).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Count} {p.Phrase}")).ToList();

    private sealed record ReadItem(Guid ConsultationId, string DocumentNumber, string Title, string LeadAgencyName, MailItemView View);

    private static ReadItem Read(MailItem item, DateTimeOffset now, IWorkingCalendar calendar)
    {
        switch (item.Kind)
        {
            case EscalationKinds.Overdue:
                var overdue = Payload<AssignmentOverdue>(item);
                var days = WorkingDays.Overdue(calendar, overdue.DueAt, now);
                return new(overdue.ConsultationId, overdue.DocumentNumber, overdue.Title, overdue.LeadAgencyName, View(item, overdue.AgencyCode, overdue.AgencyName, overdue.DueAt) with
                {
                    Level = overdue.Level,
                    WorkingDaysOverdue = days,
                    Overdue = days == 0
                        ? "đã hết hạn, chưa tròn 01 ngày làm việc"
                        : string.Create(CultureInfo.InvariantCulture, $"đã quá hạn {days:00} ngày làm việc"),
                });
            case EscalationKinds.VagueAnswer:
                var vague = Payload<VagueAnswerDetected>(item);
                return new(vague.ConsultationId, vague.DocumentNumber, vague.Title, vague.LeadAgencyName, View(item, vague.AgencyCode, vague.AgencyName, null) with
                {
                    Position = VietnameseLabels.Position(vague.Position),
                    Content = Quoted(vague.Content),
                    Score = vague.Score.ToString("0.00", CultureInfo.InvariantCulture).Replace('.', ','),
                    Reasons = vague.Reasons.Select(r => r.Message).ToList(),
                    ReviewPath = $"/api/v1/consultations/{vague.ConsultationId}/assignments/{vague.AgencyCode}/review",
                });
            case EscalationKinds.DueSoon:
                var soon = Payload<AssignmentDueSoon>(item);
                return new(soon.ConsultationId, soon.DocumentNumber, soon.Title, soon.LeadAgencyName,
                    View(item, soon.AgencyCode, soon.AgencyName, soon.DueAt) with { WorkingDaysLeft = soon.WorkingDaysLeft, SilenceMeansConsent = soon.SilenceMeansConsent });
            case EscalationKinds.Requested:
                var asked = Payload<ConsultationRequested>(item);
                return new(asked.ConsultationId, asked.DocumentNumber, asked.Title, asked.LeadAgencyName, View(item, asked.AgencyCode, asked.AgencyName, asked.DueAt) with
                {
                    Issue = asked.Issue,
                    ProposedDirection = asked.ProposedDirection,
                    Reason = asked.Reason,
                    Urgency = VietnameseLabels.Urgency(asked.Urgency),
                    SilenceMeansConsent = asked.SilenceMeansConsent,
                });
            case EscalationKinds.ClarificationRequested:
                var clarify = Payload<ClarificationRequested>(item);
                return new(clarify.ConsultationId, clarify.DocumentNumber, clarify.Title, clarify.LeadAgencyName, View(item, clarify.AgencyCode, clarify.AgencyName, clarify.DueAt) with
                {
                    Note = clarify.Note,
                    WorkingDays = clarify.WorkingDays,
                    Round = clarify.Round,
                });
            case EscalationKinds.Referred:
                var referred = Payload<AssignmentReferred>(item);
                return new(referred.ConsultationId, referred.DocumentNumber, referred.Title, referred.LeadAgencyName, View(item, referred.AgencyCode, referred.AgencyName, null) with
                {
                    Content = Quoted(referred.Content),
                    LegalBasis = referred.LegalBasis,
                    CompetentAgencyName = referred.CompetentAgencyName,
                    RedirectPath = $"/api/v1/consultations/{referred.ConsultationId}/assignments/{referred.AgencyCode}/redirect",
                });
            case EscalationKinds.ReferralRing:
                var ring = Payload<ReferralRingDetected>(item);
                return new(ring.ConsultationId, ring.DocumentNumber, ring.Title, ring.LeadAgencyName, View(item, ring.AgencyCode, ring.AgencyName, null) with
                {
                    Ring = ring.Ring,
                });
            case EscalationKinds.DeemedAgreed:
                var deemed = Payload<AssignmentDeemedAgreed>(item);
                return new(deemed.ConsultationId, deemed.DocumentNumber, deemed.Title, deemed.LeadAgencyName, View(item, deemed.AgencyCode, deemed.AgencyName, deemed.DueAt));
            default:
                throw new InvalidOperationException($"No mail text for the kind '{item.Kind}'.");
        }
    }

    private static MailItemView View(MailItem item, string agencyCode, string agencyName, DateTimeOffset? dueAt) => new()
    {
        Kind = item.Kind,
        Role = item.Role,
        AgencyCode = agencyCode,
        AgencyName = agencyName,
        Due = dueAt is { } due ? VietnameseDates.Deadline(due) : null,
    };

    private static string Quoted(string content) =>
        content.Length <= MaxQuoted ? content : content[..MaxQuoted] + " […] (trích; toàn văn xem trên hệ thống)";

    private static T Payload<T>(MailItem item) =>
        JsonSerializer.Deserialize<T>(item.Payload, JsonSerializerOptions.Web) ?? throw new InvalidOperationException($"Mail item {item.SourceId} has no payload.");
}

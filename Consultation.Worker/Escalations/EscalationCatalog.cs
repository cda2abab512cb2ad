using System.Globalization;
using Consultation.Contracts;
using Consultation.Core.Assessment;
using Consultation.Core.Calendar;
using Consultation.Core.Consultations;
using Consultation.Core.Escalations;
using Consultation.Worker.Mail;

namespace Consultation.Worker.Escalations;

/// <summary>
/// Every escalation kind: its event and its mail line, in the order a consolidated mail's subject
/// names them. A new kind is a row here, its contract, its scan or command in Core, its consumer
/// (who is written to) and its paragraph in the templates.
/// </summary>
public static class EscalationCatalog
{
    public static readonly IReadOnlyList<EscalationKind> All =
    [
        new EscalationKind<AssignmentOverdue>(EscalationKinds.Overdue, "trường hợp quá hạn chưa trả lời",
            (e, f) => new AssignmentOverdue(e.Id, e.ConsultationId, e.AssignmentId, e.DocumentNumber, e.Title, e.LeadAgencyCode, e.LeadAgencyName,
                e.AgencyCode, e.AgencyName, EscalationFacts.DueOf(e), WorkingDays.Overdue(f.Calendar, EscalationFacts.DueOf(e), f.Now), e.Level),
            (m, item, now, calendar) =>
            {
                // Counted when the mail is sent, as reports count them, not when the event was published.
                var days = WorkingDays.Overdue(calendar, m.DueAt, now);
                return Line(m.ConsultationId, m.DocumentNumber, m.Title, m.LeadAgencyCode, m.LeadAgencyName, MailModels.View(item, m.AgencyCode, m.AgencyName, m.DueAt) with
                {
                    Level = m.Level,
                    WorkingDaysOverdue = days,
                    Overdue = days == 0
                        ? "đã hết hạn, chưa tròn 01 ngày làm việc"
                        : string.Create(CultureInfo.InvariantCulture, $"đã quá hạn {days:00} ngày làm việc"),
                });
            },
            // Still unanswered, against the same deadline (an extension makes a new one, with its own mails).
            c => c.ConsultationOpen && c.Awaited && c.DueAt == c.Now.DueAt),
        new EscalationKind<VagueAnswerDetected>(EscalationKinds.VagueAnswer, "ý kiến trả lời cần xem xét",
            (e, f) =>
            {
                var answer = f.AnswerOf(e);
                return new VagueAnswerDetected(e.Id, e.ConsultationId, e.AssignmentId, answer.Id, e.DocumentNumber, e.Title, e.LeadAgencyCode,
                    e.LeadAgencyName, e.AgencyCode, e.AgencyName, answer.Position, answer.Content, answer.AssessmentScore ?? 0,
                    AnswerAssessment.ReadReasons(answer.AssessmentReasons).Select(r => new AssessmentReason(r.Code, r.Message)).ToArray());
            },
            (m, item, _, _) => Line(m.ConsultationId, m.DocumentNumber, m.Title, m.LeadAgencyCode, m.LeadAgencyName, MailModels.View(item, m.AgencyCode, m.AgencyName, null) with
            {
                Position = VietnameseLabels.Position(m.Position),
                Content = MailModels.Quoted(m.Content),
                Score = m.Score.ToString("0.00", CultureInfo.InvariantCulture).Replace('.', ','),
                Reasons = m.Reasons.Select(r => r.Message).ToList(),
                ReviewPath = $"/api/v1/consultations/{m.ConsultationId}/assignments/{m.AgencyCode}/review",
            }),
            c => c.ConsultationOpen && c.AnswerUnreviewed),
        new EscalationKind<AssignmentDeemedAgreed>(EscalationKinds.DeemedAgreed, "trường hợp được coi là thống nhất",
            (e, _) => new AssignmentDeemedAgreed(e.Id, e.ConsultationId, e.AssignmentId, e.DocumentNumber, e.Title, e.LeadAgencyCode, e.LeadAgencyName,
                e.AgencyCode, e.AgencyName, EscalationFacts.DueOf(e)),
            (m, item, _, _) => Line(m.ConsultationId, m.DocumentNumber, m.Title, m.LeadAgencyCode, m.LeadAgencyName, MailModels.View(item, m.AgencyCode, m.AgencyName, m.DueAt)),
            // A fact of the past, unless the lead withdrew the presumption by extending the deadline.
            c => c.Now.DeemedAgreedAt is not null),
        new EscalationKind<ReferralRingDetected>(EscalationKinds.ReferralRing, "trường hợp chuyển vòng giữa các cơ quan",
            (e, f) => new ReferralRingDetected(e.Id, e.ConsultationId, e.AssignmentId, Occurrence.Answer(e.Occurrence), e.DocumentNumber, e.Title,
                e.LeadAgencyCode, e.LeadAgencyName, e.AgencyCode, e.AgencyName, [.. e.Chain, f.AnswerOf(e).CompetentAgencyName ?? ""]),
            (m, item, _, _) => Line(m.ConsultationId, m.DocumentNumber, m.Title, m.LeadAgencyCode, m.LeadAgencyName, MailModels.View(item, m.AgencyCode, m.AgencyName, null) with
            {
                Ring = m.Ring,
            }),
            // A fact of the past: the ring happened.
            _ => true),
        new EscalationKind<AssignmentReferred>(EscalationKinds.Referred, "ý kiến trả lời không thuộc chức năng, nhiệm vụ",
            (e, f) =>
            {
                var answer = f.AnswerOf(e);
                return new AssignmentReferred(e.Id, e.ConsultationId, e.AssignmentId, answer.Id, e.DocumentNumber, e.Title, e.LeadAgencyCode,
                    e.LeadAgencyName, e.AgencyCode, e.AgencyName, answer.Content, answer.LegalBasis, answer.CompetentAgencyCode,
                    answer.CompetentAgencyName ?? "", answer.AssessmentVerdict);
            },
            (m, item, _, _) => Line(m.ConsultationId, m.DocumentNumber, m.Title, m.LeadAgencyCode, m.LeadAgencyName, MailModels.View(item, m.AgencyCode, m.AgencyName, null) with
            {
                Content = MailModels.Quoted(m.Content),
                LegalBasis = m.LegalBasis,
                CompetentAgencyName = m.CompetentAgencyName,
                RedirectPath = $"/api/v1/consultations/{m.ConsultationId}/assignments/{m.AgencyCode}/redirect",
            }),
            c => c.ConsultationOpen),
        new EscalationKind<ClarificationRequested>(EscalationKinds.ClarificationRequested, "đề nghị giải trình, làm rõ ý kiến",
            (e, f) =>
            {
                var answer = f.AnswerOf(e);
                return new ClarificationRequested(e.Id, e.ConsultationId, e.AssignmentId, answer.Id, e.DocumentNumber, e.Title, e.LeadAgencyCode,
                    e.LeadAgencyName, e.AgencyCode, e.AgencyName, answer.ReviewNote ?? "", e.DueAt, e.DueWorkingDays, e.Round);
            },
            (m, item, _, _) => Line(m.ConsultationId, m.DocumentNumber, m.Title, m.LeadAgencyCode, m.LeadAgencyName, MailModels.View(item, m.AgencyCode, m.AgencyName, m.DueAt) with
            {
                Note = m.Note,
                WorkingDays = m.WorkingDays,
                Round = m.Round,
            }),
            c => c.ConsultationOpen && c.Now.Status == AssignmentStatus.ClarificationRequested),
        new EscalationKind<AssignmentDueSoon>(EscalationKinds.DueSoon, "văn bản sắp đến hạn trả lời",
            (e, f) => new AssignmentDueSoon(e.Id, e.ConsultationId, e.AssignmentId, e.DocumentNumber, e.Title, e.LeadAgencyCode, e.LeadAgencyName,
                e.AgencyCode, e.AgencyName, EscalationFacts.DueOf(e), WorkingDays.Left(f.Calendar, EscalationFacts.DueOf(e), f.Now), e.SilenceMeansConsent),
            (m, item, _, _) => Line(m.ConsultationId, m.DocumentNumber, m.Title, m.LeadAgencyCode, m.LeadAgencyName, MailModels.View(item, m.AgencyCode, m.AgencyName, m.DueAt) with
            {
                WorkingDaysLeft = m.WorkingDaysLeft,
                SilenceMeansConsent = m.SilenceMeansConsent,
            }),
            c => c.ConsultationOpen && c.Awaited && c.DueAt == c.Now.DueAt),
        new EscalationKind<ConsultationRequested>(EscalationKinds.Requested, "văn bản đề nghị cho ý kiến",
            (e, _) => new ConsultationRequested(e.Id, e.ConsultationId, e.AssignmentId, e.DocumentNumber, e.Title, e.Issue, e.ProposedDirection,
                e.Urgency, e.LeadAgencyCode, e.LeadAgencyName, e.AgencyCode, e.AgencyName, e.Reason, e.DueAt, e.SilenceMeansConsent),
            (m, item, _, _) => Line(m.ConsultationId, m.DocumentNumber, m.Title, m.LeadAgencyCode, m.LeadAgencyName, MailModels.View(item, m.AgencyCode, m.AgencyName, m.DueAt) with
            {
                Issue = m.Issue,
                ProposedDirection = m.ProposedDirection,
                Reason = m.Reason,
                Urgency = VietnameseLabels.Urgency(m.Urgency),
                SilenceMeansConsent = m.SilenceMeansConsent,
            }),
            c => c.ConsultationOpen && c.Awaited),
    ];

    private static readonly Dictionary<string, EscalationKind> ByName = All.ToDictionary(k => k.Name, StringComparer.Ordinal);

    /// <summary>The kind named <paramref name="name"/>; a kind this version does not know fails that row or item alone.</summary>
    public static EscalationKind Of(string name) =>
        ByName.TryGetValue(name, out var kind) ? kind : throw new InvalidOperationException($"Unknown escalation kind '{name}'.");

    private static MailLine Line(Guid consultationId, string documentNumber, string title, string leadAgencyCode, string leadAgencyName, MailItemView view) =>
        new(consultationId, documentNumber, title, leadAgencyCode, leadAgencyName, view);
}

using Consultation.Contracts;

namespace Consultation.Worker.Webhooks;

/// <summary>Each event's webhook data: the common part, and what that event adds. The README lists them per event type.</summary>
public static class WebhookPayloads
{
    public static WebhookData Of(ConsultationRequested m) =>
        Common(m.EscalationId, m.ConsultationId, m.AssignmentId, m.DocumentNumber, m.Title, m.LeadAgencyCode, m.LeadAgencyName, m.AgencyCode, m.AgencyName) with
        {
            DueAt = m.DueAt,
            Issue = m.Issue,
            ProposedDirection = m.ProposedDirection,
            Reason = m.Reason,
            Urgency = m.Urgency,
            SilenceMeansConsent = m.SilenceMeansConsent,
        };

    public static WebhookData Of(AssignmentDueSoon m) =>
        Common(m.EscalationId, m.ConsultationId, m.AssignmentId, m.DocumentNumber, m.Title, m.LeadAgencyCode, m.LeadAgencyName, m.AgencyCode, m.AgencyName) with
        {
            DueAt = m.DueAt,
            WorkingDaysLeft = m.WorkingDaysLeft,
            SilenceMeansConsent = m.SilenceMeansConsent,
        };

    public static WebhookData Of(AssignmentOverdue m) =>
        Common(m.EscalationId, m.ConsultationId, m.AssignmentId, m.DocumentNumber, m.Title, m.LeadAgencyCode, m.LeadAgencyName, m.AgencyCode, m.AgencyName) with
        {
            DueAt = m.DueAt,
            WorkingDaysOverdue = m.WorkingDaysOverdue,
            Level = m.Level,
        };

    public static WebhookData Of(AssignmentDeemedAgreed m) =>
        Common(m.EscalationId, m.ConsultationId, m.AssignmentId, m.DocumentNumber, m.Title, m.LeadAgencyCode, m.LeadAgencyName, m.AgencyCode, m.AgencyName) with
        {
            DueAt = m.DueAt,
        };

    // The answer's content and assessment stay out: the lead reads them with GET /api/v1/consultations/{id}.
    public static WebhookData Of(VagueAnswerDetected m) =>
        Common(m.EscalationId, m.ConsultationId, m.AssignmentId, m.DocumentNumber, m.Title, m.LeadAgencyCode, m.LeadAgencyName, m.AgencyCode, m.AgencyName) with
        {
            AnswerId = m.AnswerId,
        };

    public static WebhookData Of(AssignmentReferred m) =>
        Common(m.EscalationId, m.ConsultationId, m.AssignmentId, m.DocumentNumber, m.Title, m.LeadAgencyCode, m.LeadAgencyName, m.AgencyCode, m.AgencyName) with
        {
            AnswerId = m.AnswerId,
        };

    public static WebhookData Of(ClarificationRequested m) =>
        Common(m.EscalationId, m.ConsultationId, m.AssignmentId, m.DocumentNumber, m.Title, m.LeadAgencyCode, m.LeadAgencyName, m.AgencyCode, m.AgencyName) with
        {
            AnswerId = m.AnswerId,
            DueAt = m.DueAt,
            Note = m.Note,
            Round = m.Round,
        };

    public static WebhookData Of(ReferralRingDetected m) =>
        Common(m.EscalationId, m.ConsultationId, m.AssignmentId, m.DocumentNumber, m.Title, m.LeadAgencyCode, m.LeadAgencyName, m.AgencyCode, m.AgencyName) with
        {
            AnswerId = m.AnswerId,
        };

    private static WebhookData Common(
        Guid escalationId, Guid consultationId, Guid assignmentId, string documentNumber, string title,
        string leadAgencyCode, string leadAgencyName, string agencyCode, string agencyName) => new()
        {
            EscalationId = escalationId,
            ConsultationId = consultationId,
            AssignmentId = assignmentId,
            DocumentNumber = documentNumber,
            Title = title,
            LeadAgencyCode = leadAgencyCode,
            LeadAgencyName = leadAgencyName,
            AgencyCode = agencyCode,
            AgencyName = agencyName,
        };
}

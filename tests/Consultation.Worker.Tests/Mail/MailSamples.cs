using System.Text.Json;
using Consultation.Contracts;
using Consultation.Core.Escalations;
using Consultation.Core.Mail;

namespace Consultation.Worker.Tests.Mail;

/// <summary>Queued mails built by hand, for rendering without a database: the events as the outbox publishes them.</summary>
public static class MailSamples
{
    public static readonly DateTimeOffset Now = new(2026, 12, 7, 2, 0, 0, TimeSpan.Zero);

    /// <summary>Due at the end of Friday 4 December 2026 (24:00 Vietnam time).</summary>
    public static readonly DateTimeOffset DueEndOfFriday = new(2026, 12, 5, 0, 0, 0, TimeSpan.FromHours(7));

    public static AssignmentOverdue Overdue(string documentNumber, string agencyCode, string agencyName, int level = 1, string? title = null) => new(
        Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), documentNumber, title ?? "Dự thảo Quyết định phân bổ kinh phí chuyển đổi số năm 2027",
        "STC", "Sở Tài chính tỉnh Đắk Lắk", agencyCode, agencyName, DueEndOfFriday, 1, level);

    public static VagueAnswerDetected Vague(string documentNumber) => new(
        Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), documentNumber, "Dự thảo Quyết định phân bổ kinh phí chuyển đổi số năm 2027",
        "STC", "Sở Tài chính tỉnh Đắk Lắk", "SXD", "Sở Xây dựng tỉnh Đắk Lắk", "agree", "Cơ bản thống nhất.", 0.2,
        [new AssessmentReason("generic_agreement", "Ý kiến chỉ nêu thống nhất chung chung, không nêu nội dung cụ thể được thống nhất.")]);

    public static MailItem Item<T>(T message, string kind, Guid consultationId, string recipient, string name, string role = MailRoles.Lead) => new()
    {
        SourceId = Guid.NewGuid(),
        Kind = kind,
        Role = role,
        ConsultationId = consultationId,
        Recipient = recipient,
        RecipientName = name,
        Payload = JsonSerializer.Serialize(message, JsonSerializerOptions.Web),
        CreatedAt = Now,
    };

    public static MailItem OverdueItem(AssignmentOverdue message) =>
        Item(message, EscalationKinds.Overdue, message.ConsultationId, "stc@daklak.gov.vn", "Sở Tài chính tỉnh Đắk Lắk");

    public static QueuedMail Mail(params MailItem[] items) => new(Guid.CreateVersion7(Now), items[0].Recipient, 1, Now, items);
}

using System.Text.Json;
using Consultation.Contracts;
using Consultation.Core.Calendar;
using Consultation.Core.Escalations;
using Consultation.Core.Mail;
using Consultation.Core.Portal;
using Consultation.Worker.Mail;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

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

    public const string PortalAddress = "https://lay-y-kien.daklak.gov.vn";

    /// <summary>Portal links with a key ring of their own, held in memory; the same instance reads back what a composer made.</summary>
    public static PortalLinks Links(string baseUrl = PortalAddress) =>
        new(new EphemeralDataProtectionProvider(), Options.Create(new PortalOptions { BaseUrl = baseUrl }));

    /// <summary>A composer of the shipped templates (or those in <paramref name="templates"/>) at <see cref="Now"/>.</summary>
    public static MailComposer Composer(PortalLinks? links = null, string? templates = null)
    {
        var options = Options.Create(new MailOptions { From = "theodoi@daklak.gov.vn", TemplateDirectory = templates });
        return new MailComposer(new MailTemplates(options), new MailLinks(links ?? Links(), options), options, new FakeTimeProvider(Now), new VietnamWorkingCalendar([]));
    }

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

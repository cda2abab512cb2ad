using Consultation.Contracts;
using Consultation.Core.Reports;
using Consultation.TestSupport;
using Consultation.Worker.Reports;
using Consultation.Worker.Tests.Infrastructure;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Consultation.Worker.Tests.Mail;

[TestFixture(typeof(SqliteDb))]
[TestFixture(typeof(PostgresDb))]
public sealed class When_a_monthly_report_is_ready<TDatabase> : MailScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private const string Supervisor = "snv@daklak.test";

    [Test]
    public async Task Should_email_the_files_to_the_lead_and_the_supervisor_once()
    {
        // November 2026: one request of the lead's, left unanswered past its deadline by the late agency.
        var lead = await AgencyAsync("Sở Tài chính tỉnh Đắk Lắk");
        var late = await AgencyAsync("Sở Xây dựng tỉnh Đắk Lắk");
        var received = new DateTimeOffset(2026, 11, 10, 2, 0, 0, TimeSpan.Zero);
        await Facts.OpenAsync(lead, DocumentNumber(lead), "Dự thảo Quyết định phân bổ kinh phí chuyển đổi số năm 2027",
            received, new DateTimeOffset(2026, 11, 13, 17, 0, 0, TimeSpan.Zero), false, late);
        var period = new ReportPeriod(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30));
        var store = Worker.Services.GetRequiredService<ReportStore>();

        var (generated, announced) = await Worker.Services.GetRequiredService<MonthlyReports>().RunAsync(force: true);
        Assert.That(generated, Is.EqualTo(2), "the lead's report and the province-wide one");
        Assert.That(announced, Is.EqualTo(2));
        var leadReport = (await store.FindAsync(lead, period))!;
        var provinceReport = (await store.FindAsync(NonCooperationReport.All, period))!;
        await WaitForReportMailsAsync([leadReport.Id, provinceReport.Id]);
        await DispatchAsync();

        var toLead = MailsTo(Address(lead)).Single();
        var toSupervisor = MailsTo(Supervisor).Single();
        Assert.That(toLead.Message.Subject, Is.EqualTo(
            "Báo cáo tổng hợp tình hình phối hợp trả lời văn bản xin ý kiến của Sở Tài chính tỉnh Đắk Lắk từ ngày 01/11/2026 đến ngày 30/11/2026"));
        Assert.That(toLead.Message.To.Mailboxes.Single().ToString(), Is.EqualTo($"\"Sở Tài chính tỉnh Đắk Lắk\" <{Address(lead)}>"));
        Assert.That(toLead.Message.Cc, Is.Empty);
        Assert.That(toLead.Text, Does.Contain("Kính gửi: Sở Tài chính tỉnh Đắk Lắk."));
        Assert.That(toLead.Text, Does.Contain("kỳ báo cáo từ ngày 01/11/2026 đến ngày 30/11/2026"));
        Assert.That(toLead.Text, Does.Contain("Tóm tắt: báo cáo tổng hợp 1 cơ quan, đơn vị được lấy ý kiến; đề xuất xử lý"));
        Assert.That(toLead.Text, Does.Contain($"1. Báo cáo phối hợp {lead} 01.11.2026-30.11.2026.docx (báo cáo (Word))"));
        Assert.That(toLead.Html, Does.Contain($"<li>Báo cáo phối hợp {lead} 01.11.2026-30.11.2026.xlsx (bảng số liệu (Excel))</li>"));
        Assert.That(toSupervisor.Message.Subject, Does.StartWith("Báo cáo tổng hợp tình hình phối hợp trả lời văn bản xin ý kiến toàn tỉnh"));
        Assert.That(toSupervisor.Text, Does.Contain("trên phạm vi toàn tỉnh"));
        Assert.That(toLead.Text + toLead.Html + toSupervisor.Text + toSupervisor.Html, Does.Not.Contain("/portal/link/"), "a report is about no one consultation");
        AssertFiles(toLead, leadReport);
        AssertFiles(toSupervisor, provinceReport);

        // The same announcement twice more (a redelivery, a re-publish after a crash), then a new one that shows the consumer has caught up.
        var bus = Worker.Services.GetRequiredService<IBus>();
        var again = new NonCooperationReportReady(provinceReport.Id, null, period.From, period.To);
        await bus.Publish(again, c => c.MessageId = provinceReport.Id);
        await bus.Publish(again, c => c.MessageId = provinceReport.Id);
        await bus.Publish(new NonCooperationReportReady(leadReport.Id, lead, period.From, period.To), c => c.MessageId = leadReport.Id);
        var marker = await AgencyAsync("Sở Y tế tỉnh Đắk Lắk");
        var markerId = await store.SaveAsync(leadReport with { Id = Guid.NewGuid(), Lead = marker });
        await bus.Publish(new NonCooperationReportReady(markerId, marker, period.From, period.To), c => c.MessageId = markerId);
        await WaitForReportMailsAsync([markerId]);
        var run = await DispatchAsync();

        Assert.That(run.Sent, Is.EqualTo(1), "only the marker's report");
        Assert.That(MailsTo(Supervisor), Has.Count.EqualTo(1), "the province-wide report is mailed once");
        Assert.That(MailsTo(Address(lead)), Has.Count.EqualTo(1), "the lead's report is mailed once");
        Assert.That(MailsTo(Address(marker)), Has.Count.EqualTo(1));
        Assert.That(await CountAsync("SELECT COUNT(*) FROM report_mails WHERE report_id = @id", new { id = provinceReport.Id }), Is.EqualTo(1));
        Assert.That(await CountAsync("SELECT COUNT(*) FROM mail_items", new { }), Is.Zero, "a report is not an escalation item");
    }

    private static void AssertFiles(ReceivedMail mail, StoredReport report)
    {
        var files = mail.Message.Attachments.OfType<MimePart>().ToList();
        Assert.That(files.Select(f => Path.GetExtension(f.FileName)), Is.EqualTo(new[] { ".docx", ".xlsx" }));
        Assert.That(files.Select(f => f.ContentType.MimeType), Is.EqualTo(new[] { ReportFiles.DocxType, ReportFiles.XlsxType }));
        var bytes = files.Select(f =>
        {
            using var content = new MemoryStream();
            f.Content!.DecodeTo(content);
            return content.ToArray();
        }).ToList();
        Assert.That(bytes.Select(b => b.Length >= 4 && b[0] == (byte)'P' && b[1] == (byte)'K'), Is.All.True, "both files are OOXML (zip) packages");
        Assert.That(bytes[0], Is.EqualTo(report.Docx), "the Word file as stored");
        Assert.That(bytes[1], Is.EqualTo(report.Xlsx), "the Excel file as stored");
    }

    private async Task WaitForReportMailsAsync(IReadOnlyCollection<Guid> reports)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        var found = 0;
        while (DateTime.UtcNow < deadline && (found = await CountReportMailsAsync(reports)) < reports.Count)
        {
            await Task.Delay(100);
        }
        Assert.That(found, Is.EqualTo(reports.Count), "report mails recorded by the consumer");
    }

    private async Task<int> CountReportMailsAsync(IReadOnlyCollection<Guid> reports)
    {
        var total = 0;
        foreach (var id in reports)
        {
            total += await CountAsync("SELECT COUNT(*) FROM report_mails WHERE report_id = @id", new { id });
        }
        return total;
    }
}

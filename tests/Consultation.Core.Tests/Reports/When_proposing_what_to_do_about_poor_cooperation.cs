using Consultation.Core.Reports;

namespace Consultation.Core.Tests.Reports;

public sealed class When_proposing_what_to_do_about_poor_cooperation
{
    private const string Issuer = "Sở Tài chính";
    private const string Recipient = "Ủy ban nhân dân tỉnh";
    private const string Directive = "Chỉ thị ngày 08/11/2024 của Chủ tịch Ủy ban nhân dân tỉnh";

    [Test]
    public void Should_name_agencies_whose_incidents_reach_the_threshold_most_first()
    {
        AgencyCooperation[] rows =
        [
            Agencies.Of("STP", late: 2, deemed: 1),           // 3: at the threshold
            Agencies.Of("SXD", overdue: 1, vague: 1, onTime: 1), // 2: below it
            Agencies.Of("SYT", late: 1, overdue: 3),            // 4
        ];

        var proposed = ReportProposal.Proposed(rows, threshold: 3);

        Assert.That(proposed.Select(a => a.Code), Is.EqualTo(new[] { "SYT", "STP" }));
    }

    [Test]
    public void Should_say_what_each_named_agency_did_with_counts_as_officials_write_them()
    {
        var proposed = ReportProposal.Proposed([Agencies.Of("STP", late: 2, deemed: 1, vague: 10)], threshold: 3);

        var paragraph = ReportProposal.Paragraph(proposed, 3, Issuer, Recipient, Directive);

        Assert.That(paragraph, Does.StartWith("Căn cứ mục 1(i) Chỉ thị ngày 08/11/2024"));
        Assert.That(paragraph, Does.Contain("Sở Tài chính kính đề nghị Ủy ban nhân dân tỉnh"));
        Assert.That(paragraph, Does.Contain("có từ 03 trường hợp phối hợp chưa tốt trở lên"));
        Assert.That(paragraph, Does.EndWith(
            "gồm: Sở STP (13 trường hợp: 02 trả lời trễ hạn, 01 không trả lời, coi như đồng ý, 10 trả lời chung chung, né tránh)."));
    }

    [Test]
    public void Should_propose_nothing_when_no_agency_reaches_the_threshold()
    {
        var proposed = ReportProposal.Proposed([Agencies.Of("STP", late: 2)], threshold: 3);

        Assert.That(proposed, Is.Empty);
        Assert.That(ReportProposal.Paragraph(proposed, 3, Issuer, Recipient, Directive), Is.EqualTo(
            "Trong kỳ báo cáo, không có cơ quan, đơn vị nào có từ 03 trường hợp phối hợp chưa tốt trở lên; Sở Tài chính chưa đề xuất xử lý."));
    }

    [Test]
    public void Should_commend_only_agencies_that_answered_everything_due_on_time_and_clearly()
    {
        AgencyCooperation[] rows =
        [
            Agencies.Of("SYT", onTime: 2, inTerm: 1), // on time so far, one still in term
            Agencies.Of("SXD", onTime: 3, vague: 1),  // on time, but one answer confirmed vague
            Agencies.Of("SNV", inTerm: 2),            // nothing answered yet
            Agencies.Of("STP", onTime: 5, deemed: 1), // silence is not cooperation
        ];

        var commended = ReportProposal.Commended(rows);

        Assert.That(commended.Select(a => a.Code), Is.EqualTo(new[] { "SYT" }));
        Assert.That(ReportProposal.Commendation(commended, Recipient), Does.EndWith("quan điểm rõ ràng: Sở SYT."));
        Assert.That(ReportProposal.Commendation([], Recipient), Does.StartWith("Trong kỳ, chưa có cơ quan, đơn vị đủ điều kiện"));
    }

    [Test]
    public void Should_rate_on_time_only_among_assignments_that_came_due()
    {
        Assert.That(AgencyCooperation.RateOf(onTime: 1, late: 1, overdue: 0, deemedAgreed: 0), Is.EqualTo(0.5));
        Assert.That(AgencyCooperation.RateOf(onTime: 2, late: 0, overdue: 1, deemedAgreed: 0), Is.EqualTo(0.6667), "rounded to four places");
        Assert.That(AgencyCooperation.RateOf(0, 0, 0, 0), Is.Null, "everything still in term");
        Assert.That(Agencies.Of("SYT", onTime: 1, inTerm: 5).OnTimeRate, Is.EqualTo(1.0));
    }
}

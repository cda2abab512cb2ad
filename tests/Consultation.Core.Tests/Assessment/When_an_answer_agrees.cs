using Consultation.Core.Assessment;

namespace Consultation.Core.Tests.Assessment;

public sealed class When_an_answer_agrees
{
    [TestCase(Judge.Meeting)]
    [TestCase(Judge.Nomination)]
    public void Should_accept_a_bare_agreement_to_a_simple_proposal(string issue)
    {
        var assessment = Judge.Assess("agree", "Thống nhất.", issue);

        Assert.That(assessment.Verdict, Is.EqualTo(AssessmentVerdicts.Clear));
        Assert.That(assessment.Codes(), Does.Contain(ReasonCodes.AgreementOnSimpleIssue));
    }

    [TestCase(Judge.Budget)]
    [TestCase(Judge.Draft)]
    [TestCase(null)]
    public void Should_call_a_bare_agreement_vague_when_the_issue_needs_substance_or_is_unknown(string? issue)
    {
        var assessment = Judge.Assess("agree", "Thống nhất.", issue);

        Assert.That(assessment.Verdict, Is.EqualTo(AssessmentVerdicts.Vague));
        Assert.That(assessment.Codes(), Does.Contain(ReasonCodes.GenericAgreement));
    }

    [TestCase("Sở Y tế thống nhất dự toán. Nhu cầu 12 xe được tổng hợp từ 15 trung tâm y tế, trong đó 09 xe hiện có đã sử dụng trên 10 năm.")]
    [TestCase("Sở Y tế đồng ý. Kinh phí đề xuất phù hợp với định mức tại Thông tư số 08/2019/TT-BYT.")]
    [TestCase("Sở Y tế nhất trí; đề nghị Sở Tài chính cấp kinh phí trước ngày 30/9/2026 để kịp đấu thầu trong năm.")]
    [TestCase("Sở Y tế thống nhất dự toán và cam kết bố trí đủ lái xe, nhân viên trực cấp cứu đi kèm cho từng xe ngay khi tiếp nhận.")]
    public void Should_accept_an_agreement_that_carries_something_verifiable(string content)
    {
        var assessment = Judge.Assess("agree", content, Judge.Budget);

        Assert.That(assessment.Verdict, Is.EqualTo(AssessmentVerdicts.Clear));
        Assert.That(assessment.Codes(), Does.Contain(ReasonCodes.VerifiableAgreement));
    }

    [Test]
    public void Should_accept_the_nomination_of_a_named_person()
    {
        var assessment = Judge.Assess("agree",
            "Sở Văn hóa, Thể thao và Du lịch cử bà H'Yam Niê, Phó Trưởng phòng Quản lý văn hóa, tham gia Ban tổ chức.", Judge.Nomination);

        Assert.That(assessment.Verdict, Is.EqualTo(AssessmentVerdicts.Clear));
    }

    [TestCase("Thống nhất mua 12 xe cứu thương với tổng kinh phí 18 tỷ đồng.")]
    [TestCase("Phúc đáp Công văn số 245/STC-QLNS ngày 02/6/2026 của Sở Tài chính, Sở Y tế thống nhất với dự toán như đề xuất.")]
    public void Should_not_count_figures_repeated_from_the_issue_or_the_reference_to_the_request(string content)
    {
        var assessment = Judge.Assess("agree", content, Judge.Budget);

        Assert.That(assessment.Verdict, Is.EqualTo(AssessmentVerdicts.Vague));
        Assert.That(assessment.Codes(), Does.Contain(ReasonCodes.GenericAgreement));
    }

    [TestCase("Sở Y tế hoàn toàn nhất trí, việc đầu tư xe cứu thương là rất cần thiết, đáp ứng mong mỏi của nhân dân.")]
    [TestCase("Sở Y tế đánh giá cao sự chuẩn bị của Sở Tài chính và đồng ý để trình UBND tỉnh phê duyệt.")]
    [TestCase("Sở Y tế nhất trí với dự toán. Đề nghị Sở Tài chính tổ chức triển khai bảo đảm hiệu quả, đúng quy định.")]
    public void Should_call_praise_and_generic_wishes_vague(string content)
    {
        var assessment = Judge.Assess("agree", content, Judge.Budget);

        Assert.That(assessment.Verdict, Is.EqualTo(AssessmentVerdicts.Vague));
        Assert.That(assessment.Reasons[0].Code, Is.EqualTo(ReasonCodes.GenericAgreement));
    }

    [Test]
    public void Should_accept_the_requested_data_in_place_of_an_agreement()
    {
        var assessment = Judge.Assess("agree",
            "Giá tháng 6/2026 tại thị trấn Phước An: gạch tuynel 1.350 đồng/viên, xi măng PCB40 1.720.000 đồng/tấn, cát xây 380.000 đồng/m3.", Judge.Prices);

        Assert.That(assessment.Verdict, Is.EqualTo(AssessmentVerdicts.Clear));
        Assert.That(assessment.Codes(), Does.Contain(ReasonCodes.AnswerByContent));
    }

    [Test]
    public void Should_not_let_figures_stand_in_for_a_position_on_a_request_for_an_opinion()
    {
        var assessment = Judge.Assess("agree",
            "Năm 2025, ngành Y tế tiếp nhận 4 xe cứu thương do nhà tài trợ trao tặng và tập huấn cấp cứu ngoại viện cho 120 nhân viên.", Judge.Budget);

        Assert.That(assessment.Verdict, Is.EqualTo(AssessmentVerdicts.Vague));
        Assert.That(assessment.Codes(), Does.Contain(ReasonCodes.PositionNotStated));
    }
}

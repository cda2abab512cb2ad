using Consultation.Core.Assessment;

namespace Consultation.Core.Tests.Assessment;

/// <summary>Restating is not checking. What the request already says, or the request itself, is not the agency's evidence.</summary>
public sealed class When_an_answer_borrows_from_the_request
{
    [TestCase("Sở Y tế thống nhất với dự toán kèm theo Công văn số 455/STC-HCSN ngày 02/3/2026 của Sở Tài chính.")]
    [TestCase("Sở Y tế đã nhận được Công văn số 455/STC-HCSN ngày 02/3/2026. Sở Y tế thống nhất với nội dung đề xuất.")]
    [TestCase("Sở Y tế thống nhất mua 12 xe cứu thương cho các trung tâm y tế huyện năm 2026 với tổng kinh phí 18 tỷ đồng.")]
    [TestCase("Sở Y tế đồng ý với dự toán do Sở Tài chính đề xuất tại Tờ trình số 77/TTr-STC, đề nghị hoàn thiện hồ sơ.")]
    public void Should_call_an_agreement_vague_when_its_only_details_are_the_request_s(string content)
    {
        var assessment = Judge.Assess("agree", content, Judge.Budget);

        Assert.That(assessment.Verdict, Is.EqualTo(AssessmentVerdicts.Vague));
        Assert.That(assessment.Codes(), Does.Contain(ReasonCodes.GenericAgreement));
    }

    [Test]
    public void Should_count_a_third_party_document_the_agency_brings()
    {
        var assessment = Judge.Assess("agree",
            "Sở Y tế thống nhất về chủ trương; Bệnh viện Đa khoa tỉnh đã điều chuyển 03 xe cho Trung tâm Y tế Ea Súp tại văn bản số 88/BV-HCQT ngày 05/3/2026, nên chỉ cần mua 9 xe, dự toán giảm còn 13,5 tỷ đồng.",
            Judge.Budget);

        Assert.That(assessment.Verdict, Is.EqualTo(AssessmentVerdicts.Clear));
    }

    [Test]
    public void Should_not_count_the_legal_basis_field_as_the_content_s_own_comment()
    {
        var assessment = Judge.Assess("agree", "Sở Y tế thống nhất với dự toán, đề nghị thực hiện đúng quy định.", Judge.Budget,
            legalBasis: "Điều 4 Thông tư số 08/2019/TT-BYT");

        Assert.That(assessment.Verdict, Is.EqualTo(AssessmentVerdicts.Vague));
        Assert.That(assessment.Reasons.Select(r => r.Message), Has.None.Contains("08/2019"));
    }
}

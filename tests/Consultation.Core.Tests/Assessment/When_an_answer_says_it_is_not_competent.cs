using Consultation.Core.Assessment;

namespace Consultation.Core.Tests.Assessment;

public sealed class When_an_answer_says_it_is_not_competent
{
    private const string Referral = "Nội dung này thuộc chức năng của Sở Tài chính, đề nghị Sở Giáo dục và Đào tạo liên hệ Sở Tài chính.";

    [Test]
    public void Should_accept_it_with_the_competent_body_and_a_specific_basis()
    {
        var assessment = Judge.Assess("not_competent",
            "Việc cho thuê tài sản công tại đơn vị sự nghiệp công lập thực hiện theo Điều 57 Luật Quản lý, sử dụng tài sản công năm 2017; "
            + "cơ quan thẩm định đề án cho thuê là Sở Tài chính. Sở Tư pháp không có chức năng này.",
            Judge.LegalQuestion, competentCode: "STC");

        Assert.That(assessment.Verdict, Is.EqualTo(AssessmentVerdicts.Clear));
        Assert.That(assessment.Codes(), Does.Contain(ReasonCodes.CompetentBodyAndBasis));
    }

    [Test]
    public void Should_accept_the_basis_given_in_the_legal_basis_field()
    {
        var assessment = Judge.Assess("not_competent", "Nội dung không thuộc thẩm quyền của Sở Tư pháp.", Judge.LegalQuestion,
            legalBasis: "Điều 57 Luật Quản lý, sử dụng tài sản công năm 2017; Nghị định số 151/2017/NĐ-CP", competentName: "Sở Tài chính");

        Assert.That(assessment.Verdict, Is.EqualTo(AssessmentVerdicts.Clear));
    }

    [TestCase(null)]
    [TestCase("Theo chức năng, nhiệm vụ được giao")]
    [TestCase("Quyết định quy định chức năng, nhiệm vụ của Sở Tư pháp")]
    public void Should_call_a_named_referral_without_a_specific_basis_vague(string? legalBasis)
    {
        var assessment = Judge.Assess("not_competent", Referral, Judge.LegalQuestion, legalBasis, competentName: "Sở Tài chính");

        Assert.That(assessment.Verdict, Is.EqualTo(AssessmentVerdicts.Vague));
        Assert.That(assessment.Codes(), Does.Contain(ReasonCodes.LegalBasisMissing));
        Assert.That(assessment.Reasons.Single(r => r.Code == ReasonCodes.LegalBasisMissing).Message, Does.Contain("Sở Tài chính"));
    }

    [Test]
    public void Should_call_a_referral_to_an_unnamed_body_vague()
    {
        var assessment = Judge.Assess("not_competent",
            "Việc này thuộc trách nhiệm của các đơn vị chuyên môn theo phân cấp. Đề nghị liên hệ cơ quan có thẩm quyền để được hướng dẫn.", Judge.LegalQuestion);

        Assert.That(assessment.Verdict, Is.EqualTo(AssessmentVerdicts.Vague));
        Assert.That(assessment.Codes(), Does.Contain(ReasonCodes.CompetentBodyMissing).And.Contain(ReasonCodes.Deflection));
    }

    [Test]
    public void Should_call_a_referral_back_to_the_lead_unit_vague()
    {
        var assessment = Judge.Assess("not_competent", "Nội dung thuộc thẩm quyền của Sở Giáo dục và Đào tạo theo Điều 3 Quyết định số 12/2025/QĐ-UBND.",
            Judge.LegalQuestion, competentCode: "SGDDT", lead: "SGDDT");

        Assert.That(assessment.Verdict, Is.EqualTo(AssessmentVerdicts.Vague));
        Assert.That(assessment.Codes(), Does.Contain(ReasonCodes.ReferralToLead));
    }
}

using Consultation.Core.Assessment;

namespace Consultation.Core.Tests.Assessment;

/// <summary>Naming a law only to say "follow it", or in praise, is not a verifiable element.</summary>
public sealed class When_an_answer_cites_without_applying
{
    [TestCase("agree", "Sở Y tế thống nhất về chủ trương. Đề nghị thực hiện đúng quy định của Luật Đấu thầu, Luật Ngân sách nhà nước và các văn bản hướng dẫn.")]
    [TestCase("agree", "Sở Y tế đánh giá cao dự toán được xây dựng công phu, bám sát Nghị quyết số 20-NQ/TW; Sở Y tế hoàn toàn thống nhất.")]
    [TestCase("agree_with_comments", "Sở Y tế cơ bản thống nhất, đề nghị thực hiện đầy đủ trình tự mua sắm theo Luật Đấu thầu năm 2023 cùng các quy chuẩn, tiêu chuẩn hiện hành.")]
    public void Should_call_the_agreement_generic(string position, string content)
    {
        var assessment = Judge.Assess(position, content, Judge.Budget);

        Assert.That(assessment.Verdict, Is.EqualTo(AssessmentVerdicts.Vague));
    }

    [TestCase("Sở Y tế thống nhất; gói mua xe áp dụng chào hàng cạnh tranh theo khoản 1 Điều 24 Luật Đấu thầu năm 2023.")]
    [TestCase("Sở Y tế đồng ý. Kinh phí đề xuất phù hợp với định mức tại Thông tư số 08/2019/TT-BYT.")]
    public void Should_accept_a_provision_applied_to_the_proposal(string content)
    {
        var assessment = Judge.Assess("agree", content, Judge.Budget);

        Assert.That(assessment.Verdict, Is.EqualTo(AssessmentVerdicts.Clear));
    }

    [Test]
    public void Should_accept_a_concrete_request_that_closes_with_a_qualifier()
    {
        var assessment = Judge.Assess("agree_with_comments",
            "Sở Tư pháp thống nhất, đề nghị bổ sung cửa hàng xăng dầu nằm trong khu công nghiệp vào đối tượng được miễn áp dụng khoảng cách cho phù hợp với thực tế.",
            Judge.Draft);

        Assert.That(assessment.Verdict, Is.EqualTo(AssessmentVerdicts.Clear));
    }

    [Test]
    public void Should_call_advice_in_general_terms_generic()
    {
        var assessment = Judge.Assess("agree_with_comments",
            "Sở Tư pháp cơ bản thống nhất, đề nghị rà soát kỹ các quy định, bảo đảm chặt chẽ, tránh dàn trải; ưu tiên bảo đảm hiệu quả quản lý nhà nước đối với các cửa hàng mới.",
            Judge.Draft);

        Assert.That(assessment.Verdict, Is.EqualTo(AssessmentVerdicts.Vague));
    }
}

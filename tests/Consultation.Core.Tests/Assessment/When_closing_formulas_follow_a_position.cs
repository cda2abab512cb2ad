using Consultation.Core.Assessment;

namespace Consultation.Core.Tests.Assessment;

/// <summary>Trap phrases never decide on their own: after a clear position they are formulas, not evasion.</summary>
public sealed class When_closing_formulas_follow_a_position
{
    [TestCase("Sở Y tế thống nhất dự toán 18 tỷ đồng; riêng số xe đề nghị giảm từ 12 xuống 10 xe vì 02 trung tâm đã được tài trợ xe trong năm 2026. Sở Y tế không có ý kiến khác.")]
    [TestCase("Sở Y tế thống nhất; đơn giá 1,5 tỷ đồng/xe phù hợp báo giá của 03 nhà cung cấp. Đề nghị Sở Tài chính tổng hợp, trình UBND tỉnh xem xét, quyết định theo thẩm quyền.")]
    [TestCase("Sở Y tế đồng ý, số xe phân bổ theo Thông tư số 32/2023/TT-BYT và quy định hiện hành (Nghị định số 98/2021/NĐ-CP); kết quả sẽ gửi Sở Tài chính trước ngày 15/8/2026.")]
    public void Should_keep_the_answer_clear(string content)
    {
        var assessment = Judge.Assess("agree", content, Judge.Budget);

        Assert.That(assessment.Verdict, Is.EqualTo(AssessmentVerdicts.Clear));
    }

    [Test]
    public void Should_accept_no_further_opinion_after_the_nomination_asked_for()
    {
        var assessment = Judge.Assess("agree",
            "Về thành viên Ban tổ chức, Sở cử ông Y Điêng Byă, Phó Giám đốc Bảo tàng tỉnh; ngoài nội dung này, Sở không có ý kiến gì thêm.", Judge.Nomination);

        Assert.That(assessment.Verdict, Is.EqualTo(AssessmentVerdicts.Clear));
    }

    [Test]
    public void Should_accept_an_unnamed_body_mentioned_inside_a_reasoned_refusal()
    {
        var assessment = Judge.Assess("disagree",
            "Sở Tư pháp không đồng ý cho thuê phòng học. Theo khoản 2 Điều 58 Luật Quản lý, sử dụng tài sản công năm 2017, đơn vị chỉ được cho thuê khi có đề án được cấp có thẩm quyền phê duyệt; trường chưa có đề án.",
            Judge.LegalQuestion);

        Assert.That(assessment.Verdict, Is.EqualTo(AssessmentVerdicts.Clear));
    }
}

using Consultation.Core.Assessment;

namespace Consultation.Core.Tests.Assessment;

public sealed class When_an_answer_comments
{
    [TestCase("So Tu phap thong nhat, de nghi bo khoan 4 Dieu 2 vi trung voi Nghi dinh 83/2014/ND-CP.")]
    [TestCase("Thống nhất dự thảo, có ý kiến như sau:\n- Điều 3: sửa “tối thiểu 5 km” thành “tối thiểu 3 km đối với tuyến qua đô thị”;\n- Điều 7: bổ sung trách nhiệm kiểm tra của UBND cấp huyện.")]
    [TestCase("Đồng ý ban hành. Đề nghị:\n+ Tại khoản 1 Điều 4, thay cụm từ “kịp thời” bằng “trong 05 ngày làm việc”;\n+ Bổ sung Phụ lục danh mục tuyến quốc lộ áp dụng.")]
    public void Should_accept_comments_that_point_at_something_and_say_what_to_change(string content)
    {
        var assessment = Judge.Assess("agree_with_comments", content, Judge.Draft);

        Assert.That(assessment.Verdict, Is.EqualTo(AssessmentVerdicts.Clear));
        Assert.That(assessment.Codes(), Does.Contain(ReasonCodes.ConcreteComments));
    }

    [Test]
    public void Should_accept_a_concrete_addition_described_in_words()
    {
        var assessment = Judge.Assess("agree_with_comments",
            "Sở Y tế thống nhất dự toán, đề nghị bổ sung chi phí trang bị máy thở vận chuyển và hệ thống định vị cho mỗi xe.", Judge.Budget);

        Assert.That(assessment.Verdict, Is.EqualTo(AssessmentVerdicts.Clear));
    }

    [TestCase("Thống nhất. Đề nghị rà soát lại lỗi chính tả, căn chỉnh lề và đánh số trang cho đúng thể thức.")]
    [TestCase("Nhất trí ban hành. Đề nghị sửa lỗi chính tả tại dòng 3 Điều 2 và in đậm tiêu đề Điều 5 cho đồng bộ.")]
    public void Should_call_comments_on_form_alone_vague(string content)
    {
        var assessment = Judge.Assess("agree_with_comments", content, Judge.Draft);

        Assert.That(assessment.Verdict, Is.EqualTo(AssessmentVerdicts.Vague));
        Assert.That(assessment.Codes(), Does.Contain(ReasonCodes.FormOnlyComments));
    }

    [TestCase("Đồng ý với dự thảo; đề nghị cơ quan soạn thảo rà soát kỹ để bảo đảm chặt chẽ, khả thi khi áp dụng.")]
    [TestCase("Thống nhất, đề nghị bổ sung thêm các giải pháp nâng cao chất lượng, hiệu quả công tác quản lý.")]
    [TestCase("Sở Tư pháp thống nhất. Đề nghị tiếp thu ý kiến các sở, ngành để hoàn thiện dự thảo.")]
    public void Should_call_generic_comments_vague(string content)
    {
        var assessment = Judge.Assess("agree_with_comments", content, Judge.Draft);

        Assert.That(assessment.Verdict, Is.EqualTo(AssessmentVerdicts.Vague));
        Assert.That(assessment.Codes(), Does.Contain(ReasonCodes.CommentsNotConcrete));
    }

    [Test]
    public void Should_keep_a_substantive_comment_beside_a_remark_on_form()
    {
        var assessment = Judge.Assess("agree_with_comments",
            "Thống nhất; đề nghị sửa lỗi chính tả ở trang 2, giảm khoảng cách tối thiểu tại khoản 1 Điều 3 xuống 3 km đối với đoạn qua đô thị.", Judge.Draft);

        Assert.That(assessment.Verdict, Is.EqualTo(AssessmentVerdicts.Clear));
    }
}

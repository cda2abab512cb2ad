using Consultation.Core.Assessment;

namespace Consultation.Core.Tests.Assessment;

public sealed class When_an_answer_is_off_topic
{
    [Test]
    public void Should_call_a_position_on_another_matter_vague_even_with_figures()
    {
        var assessment = Judge.Assess("agree",
            "Sở Y tế thống nhất với dự thảo Kế hoạch phòng, chống dịch sốt xuất huyết năm 2026, đề nghị bổ sung 02 đợt phun hóa chất diện rộng tại huyện Krông Pắc trong tháng 6 và tháng 8.",
            Judge.Budget);

        Assert.That(assessment.Verdict, Is.EqualTo(AssessmentVerdicts.Vague));
        Assert.That(assessment.Codes(), Does.Contain(ReasonCodes.OffTopic));
    }

    [Test]
    public void Should_accept_the_same_answer_when_it_is_the_matter_asked_about()
    {
        const string issue = "Sở Y tế xin ý kiến về dự thảo Kế hoạch phòng, chống dịch sốt xuất huyết năm 2026 trên địa bàn tỉnh.";

        var assessment = Judge.Assess("agree",
            "Sở Y tế thống nhất với dự thảo Kế hoạch phòng, chống dịch sốt xuất huyết năm 2026, đề nghị bổ sung 02 đợt phun hóa chất diện rộng tại huyện Krông Pắc trong tháng 6 và tháng 8.",
            issue);

        Assert.That(assessment.Verdict, Is.EqualTo(AssessmentVerdicts.Clear));
    }

    [Test]
    public void Should_not_demand_shared_words_when_the_issue_is_a_simple_arrangement()
    {
        var assessment = Judge.Assess("agree",
            "Sở Nội vụ thống nhất. Sở sẽ bố trí 02 cán bộ đón tiếp đại biểu từ 7 giờ 15 và chuẩn bị 150 bộ tài liệu phát tại cửa hội trường.", Judge.Meeting);

        Assert.That(assessment.Verdict, Is.EqualTo(AssessmentVerdicts.Clear));
        Assert.That(assessment.Codes(), Does.Not.Contain(ReasonCodes.OffTopic));
    }

    [Test]
    public void Should_call_comments_on_form_vague_when_the_question_is_one_of_substance()
    {
        var assessment = Judge.Assess("agree",
            "Đề nghị bỏ dấu chấm phẩy thừa ở cuối dòng thứ ba phần căn cứ; thống nhất viết hoa “Nhà nước” trong toàn văn bản.", Judge.Draft);

        Assert.That(assessment.Verdict, Is.EqualTo(AssessmentVerdicts.Vague));
        Assert.That(assessment.Codes(), Does.Contain(ReasonCodes.FormOnlyComments));
    }
}

using Consultation.Core.Assessment;

namespace Consultation.Core.Tests.Assessment;

/// <summary>A list announced with a colon is the content, not a promise of content later.</summary>
public sealed class When_an_answer_lists_its_comments
{
    [TestCase("Sở Tư pháp thống nhất với dự thảo và có các ý kiến sau:\n- Điều 3: đề nghị sửa khoảng cách 5 km thành 3 km đối với đoạn quốc lộ qua đô thị;\n- Bỏ khoản 2 Điều 4 vì trùng với Điều 8 Nghị định số 83/2014/NĐ-CP.")]
    [TestCase("Sở Tư pháp góp ý sau: (1) Điều 3 sửa 5 km thành 3 km trong đô thị; (2) bổ sung Điều 6 về chuyển tiếp cho cửa hàng đã cấp phép.")]
    public void Should_read_the_list_as_concrete_comments(string content)
    {
        var assessment = Judge.Assess("agree_with_comments", content, Judge.Draft);

        Assert.That(assessment.Verdict, Is.EqualTo(AssessmentVerdicts.Clear));
        Assert.That(assessment.Codes(), Does.Not.Contain(ReasonCodes.Deferral));
    }

    [Test]
    public void Should_still_see_a_promise_to_answer_later()
    {
        var assessment = Judge.Assess("agree_with_comments", "Sở Tư pháp sẽ có ý kiến sau khi có kết quả rà soát các văn bản liên quan.", Judge.Draft);

        Assert.That(assessment.Verdict, Is.EqualTo(AssessmentVerdicts.Vague));
        Assert.That(assessment.Codes(), Does.Contain(ReasonCodes.Deferral));
    }

    [Test]
    public void Should_not_read_list_numbers_as_figures()
    {
        var assessment = Judge.Assess("agree",
            "Sở Y tế có ý kiến như sau:\n1. Về sự cần thiết: thống nhất.\n2. Về số lượng xe: thống nhất.\n3. Về tiến độ: đề nghị bảo đảm tiến độ.",
            Judge.Budget);

        Assert.That(assessment.Verdict, Is.EqualTo(AssessmentVerdicts.Vague));
    }
}

using Consultation.Core.Assessment;

namespace Consultation.Core.Tests.Assessment;

/// <summary>"Cơ bản thống nhất" and "thống nhất chủ trương" announce reservations; what follows decides.</summary>
public sealed class When_an_answer_agrees_with_reservations
{
    [TestCase("Sở Tư pháp cơ bản thống nhất với dự thảo, đề nghị: sửa khoản 2 Điều 3 theo hướng chỉ áp dụng cho cửa hàng cùng chiều đường; bổ sung căn cứ Nghị định số 80/2023/NĐ-CP.")]
    [TestCase("Về cơ bản thống nhất. Riêng khoảng cách 5 km đề nghị giảm xuống 3 km đối với đoạn quốc lộ qua đô thị, vì mật độ dân cư cao.")]
    [TestCase("Sở Tư pháp thống nhất về nguyên tắc; đề nghị bỏ khoản 3 Điều 5 vì trái với Điều 12 Nghị định số 83/2014/NĐ-CP.")]
    public void Should_accept_it_when_specific_amendments_follow(string content)
    {
        foreach (var position in new[] { "agree", "agree_with_comments" })
        {
            var assessment = Judge.Assess(position, content, Judge.Draft);

            Assert.That(assessment.Verdict, Is.EqualTo(AssessmentVerdicts.Clear), position);
        }
    }

    [TestCase("Sở Tư pháp cơ bản thống nhất.")]
    [TestCase("Sở Tư pháp cơ bản thống nhất. Đề nghị cơ quan soạn thảo tiếp tục hoàn thiện, báo cáo theo quy định.")]
    [TestCase("Thống nhất chủ trương, đề nghị thực hiện đúng quy trình, thủ tục theo quy định.")]
    [TestCase("Sở Tư pháp ủng hộ chủ trương, đây là hướng đi đúng, phù hợp xu thế.")]
    public void Should_call_it_vague_when_the_reservations_are_never_stated(string content)
    {
        var assessment = Judge.Assess("agree", content, Judge.Draft);

        Assert.That(assessment.Verdict, Is.EqualTo(AssessmentVerdicts.Vague));
        Assert.That(assessment.Codes(), Does.Contain(ReasonCodes.ReservationsUnstated));
    }

    [Test]
    public void Should_call_it_vague_even_on_a_simple_issue()
    {
        var assessment = Judge.Assess("agree", "Sở Nội vụ cơ bản thống nhất.", Judge.Meeting);

        Assert.That(assessment.Verdict, Is.EqualTo(AssessmentVerdicts.Vague));
    }
}

using Consultation.Core.Assessment;

namespace Consultation.Core.Tests.Assessment;

/// <summary>
/// A department head who challenges a verdict is shown the sentence it rests on and, for a
/// clear one, the element of the content that decided it. Nothing in a reason is text the answer did not contain.
/// </summary>
public sealed class When_a_verdict_is_challenged
{
    private static readonly (string? Position, string Content, string Issue, string? Competent)[] Vague =
    [
        (null, "Sở Y tế đã xem dự toán.", Judge.Budget, null),
        ("agree", "Thống nhất.", Judge.Budget, null),
        ("agree", "Sở Y tế đang tổng hợp nhu cầu, sẽ có ý kiến sau.", Judge.Budget, null),
        ("agree_with_comments", "Sở Tư pháp cơ bản thống nhất, đề nghị rà soát kỹ cho chặt chẽ.", Judge.Draft, null),
        ("disagree", "Sở không đồng ý vì chưa phù hợp.", Judge.Land, null),
        ("not_competent", "Nội dung này không thuộc thẩm quyền của Sở.", Judge.Land, null),
        ("not_competent", "Nội dung này không thuộc thẩm quyền của Sở, đề nghị liên hệ Sở Nông nghiệp.", Judge.Land, "Sở Nông nghiệp và Môi trường"),
        ("agree", "Sở Y tế thống nhất với dự thảo Kế hoạch phòng, chống dịch sốt xuất huyết năm 2026, đề nghị bổ sung 02 đợt phun hóa chất diện rộng tại huyện Krông Pắc trong tháng 6 và tháng 8.", Judge.Budget, null),
    ];

    [Test]
    public void Should_quote_a_sentence_of_the_answer_in_every_reason_of_a_vague_verdict()
    {
        foreach (var (position, content, issue, competent) in Vague)
        {
            var assessment = Judge.Assess(position, content, issue, competentName: competent);

            Assert.That(assessment.Verdict, Is.EqualTo(AssessmentVerdicts.Vague), content);
            foreach (var reason in assessment.Reasons.Where(r => r.Code is not (ReasonCodes.VerifiableAgreement or ReasonCodes.ConcreteComments or ReasonCodes.ReasonsGiven)))
            {
                var quoted = Quoted(reason.Message);
                Assert.That(quoted, Is.Not.Empty, $"{reason.Code}: {reason.Message}");
                Assert.That(quoted.Any(q => Contains(content, q)), $"{reason.Code} quotes no sentence of “{content}”: {reason.Message}");
            }
        }
    }

    [TestCase("agree", "Sở Y tế thống nhất; đề nghị giảm còn 10 xe vì 02 trung tâm đã được Bộ Y tế cấp xe năm 2025.", "số liệu “10 xe”")]
    [TestCase("agree_with_comments", "Sở Tư pháp thống nhất, đề nghị sửa khoản 2 Điều 3 thành 3 km trong đô thị.", "điều khoản “khoản 2”")]
    [TestCase("disagree", "Sở không thống nhất vì khu đất nằm trong hành lang bảo vệ nguồn nước hồ Ea Kao đã được công bố.", "lý do “vì khu đất nằm trong hành lang bảo vệ nguồn nước")]
    public void Should_name_the_element_of_the_content_that_made_it_clear(string position, string content, string element)
    {
        var issue = position switch { "agree" => Judge.Budget, "agree_with_comments" => Judge.Draft, _ => Judge.Land };

        var assessment = Judge.Assess(position, content, issue);

        Assert.That(assessment.Verdict, Is.EqualTo(AssessmentVerdicts.Clear));
        Assert.That(assessment.Reasons[0].Message, Does.Contain(element));
    }

    [Test]
    public void Should_name_an_element_of_the_content_not_of_the_legal_basis_field()
    {
        var assessment = Judge.Assess("agree", "Sở Y tế thống nhất; đề nghị giảm còn 10 xe.", Judge.Budget,
            legalBasis: "Thông tư số 08/2019/TT-BYT");

        Assert.That(assessment.Reasons[0].Message, Does.Contain("“10 xe”"));
        Assert.That(assessment.Reasons[0].Message, Does.Not.Contain("08/2019"));
    }

    private static List<string> Quoted(string message)
    {
        var quotes = new List<string>();
        for (var open = message.IndexOf('“'); open >= 0; open = message.IndexOf('“', open + 1))
        {
            var close = message.IndexOf('”', open + 1);
            if (close > open)
            {
                quotes.Add(message[(open + 1)..close].TrimEnd('…'));
            }
        }
        return quotes;
    }

    private static bool Contains(string content, string quote) => content.Contains(quote, StringComparison.Ordinal);
}

using System.Text;
using Consultation.Core.Assessment;

namespace Consultation.Core.Tests.Assessment;

/// <summary>Paraphrase, abbreviations and missing diacritics do not make an answer off topic.</summary>
public sealed class When_an_answer_uses_its_own_words
{
    private const string Clearance =
        "Sở Xây dựng xin ý kiến Sở Tài chính về nguồn vốn bồi thường, giải phóng mặt bằng và tái định cư cho dự án nâng cấp tuyến tránh phía Tây, chiều dài 9,4 km, thực hiện năm 2026 – 2027.";

    private const string Abbreviated =
        "Sở TC thống nhất: vốn GPMB và TĐC bố trí từ NSNN cấp tỉnh, năm 2026 ghi 42 tỷ đồng trong kế hoạch ĐTC; phần còn lại bố trí năm 2027 sau khi có phương án bồi thường được duyệt.";

    [Test]
    public void Should_read_official_abbreviations_as_the_words_they_stand_for()
    {
        var assessment = Judge.Assess("agree", Abbreviated, Clearance);

        Assert.That(assessment.Verdict, Is.EqualTo(AssessmentVerdicts.Clear));
        Assert.That(assessment.Codes(), Does.Not.Contain(ReasonCodes.OffTopic));
    }

    [Test]
    public void Should_judge_the_same_answer_alike_in_every_text_form()
    {
        var forms = new[] { Abbreviated, Abbreviated.Normalize(NormalizationForm.FormD), WithoutDiacritics(Abbreviated) };

        var verdicts = forms.Select(f => Judge.Assess("agree", f, Clearance)).ToList();

        Assert.That(verdicts.Select(v => (v.Verdict, v.Score, string.Join(",", v.Codes()))).Distinct().Count(), Is.EqualTo(1));
    }

    [Test]
    public void Should_not_call_off_topic_an_answer_that_points_at_the_proposal_in_other_words()
    {
        var assessment = Judge.Assess("agree",
            "Sở Tài chính thống nhất phương án nêu trên. Khoản chi đền bù cho các hộ bị ảnh hưởng sẽ lấy từ quỹ phát triển đất của tỉnh, đã được Hội đồng quản lý quỹ chấp thuận ngày 12/5/2026.",
            Clearance);

        Assert.That(assessment.Codes(), Does.Not.Contain(ReasonCodes.OffTopic));
        Assert.That(assessment.Verdict, Is.EqualTo(AssessmentVerdicts.Clear));
    }

    [Test]
    public void Should_still_call_off_topic_a_position_on_another_road()
    {
        var assessment = Judge.Assess("agree",
            "Sở Tài chính thống nhất bổ sung 3,5 tỷ đồng duy tu tỉnh lộ 1 đoạn qua xã Cư Kbang, ưu tiên gia cố mái taluy và rãnh dọc trước mùa mưa; đồng thời đề nghị lắp đặt 12 biển báo hạn chế tải trọng trên các cầu yếu.",
            Clearance);

        Assert.That(assessment.Codes(), Does.Contain(ReasonCodes.OffTopic));
        Assert.That(assessment.Verdict, Is.EqualTo(AssessmentVerdicts.Vague));
    }

    private static string WithoutDiacritics(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c switch { 'đ' => 'd', 'Đ' => 'D', _ => c });
            }
        }
        return builder.ToString();
    }
}

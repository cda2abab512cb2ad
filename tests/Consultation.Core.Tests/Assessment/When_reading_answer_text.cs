using System.Text;
using Consultation.Core.Assessment;

namespace Consultation.Core.Tests.Assessment;

public sealed class When_reading_answer_text
{
    private const string Clear =
        "Sở Tư pháp cơ bản thống nhất với dự thảo, đề nghị: sửa khoản 2 Điều 3 theo hướng khoảng cách tối thiểu chỉ áp dụng cho cửa hàng cùng chiều đường; "
        + "bổ sung căn cứ Nghị định số 80/2023/NĐ-CP vào phần căn cứ ban hành.";

    private const string Vague = "Sở Tư pháp đã nhận được văn bản và không có ý kiến gì thêm.";

    [TestCase(Clear, "agree_with_comments", AssessmentVerdicts.Clear)]
    [TestCase(Vague, "agree", AssessmentVerdicts.Vague)]
    public void Should_judge_decomposed_text_as_its_precomposed_form(string text, string position, string verdict)
    {
        var nfd = text.Normalize(NormalizationForm.FormD);
        Assert.That(nfd, Is.Not.EqualTo(text), "the example must really be decomposed");

        var precomposed = Judge.Assess(position, text, Judge.Draft);
        var decomposed = Judge.Assess(position, nfd, Judge.Draft.Normalize(NormalizationForm.FormD));

        Assert.That(decomposed.Verdict, Is.EqualTo(verdict));
        Assert.That(decomposed.Codes(), Is.EqualTo(precomposed.Codes()));
        Assert.That(decomposed.Score, Is.EqualTo(precomposed.Score));
    }

    [TestCase("So Tu phap co ban thong nhat voi du thao, de nghi: sua khoan 2 Dieu 3 theo huong khoang cach toi thieu chi ap dung cho cua hang cung chieu duong; bo sung can cu Nghi dinh so 80/2023/ND-CP vao phan can cu ban hanh.",
        "agree_with_comments", AssessmentVerdicts.Clear)]
    [TestCase("So Tu phap da nhan duoc van ban va khong co y kien gi them.", "agree", AssessmentVerdicts.Vague)]
    [TestCase("SO TU PHAP KHONG CO Y KIEN GI THEM.", "agree", AssessmentVerdicts.Vague)]
    [TestCase("So Tai nguyen va Moi truong chua dong y, de nghi UBND huyen nghien cuu lai cho phu hop.", "disagree", AssessmentVerdicts.Vague)]
    public void Should_judge_text_typed_without_diacritics_like_text_with_them(string text, string position, string verdict)
    {
        Assert.That(Judge.Assess(position, text, Judge.Draft).Verdict, Is.EqualTo(verdict));
    }

    [Test]
    public void Should_ignore_tabs_doubled_spaces_line_breaks_and_invisible_characters()
    {
        var messy = "Sở Tư pháp\t\tcơ bản  thống\u200B nhất với dự thảo,\r\nđề nghị:\r\n- sửa khoản 2 Điều 3 theo hướng chỉ áp dụng cho cửa hàng cùng chiều đường;\r\n"
            + "- bổ sung căn cứ Nghị định số 80/2023/NĐ-CP.\n";

        var assessment = Judge.Assess("agree_with_comments", messy, Judge.Draft);

        Assert.That(assessment.Verdict, Is.EqualTo(AssessmentVerdicts.Clear));
        Assert.That(assessment.Codes(), Does.Contain(ReasonCodes.ConcreteComments));
    }

    [Test]
    public void Should_not_read_a_syllable_of_a_longer_word_as_a_phrase()
    {
        // Without diacritics "vị" (in "vị trí", "đơn vị") folds to "vi" like the reason word "vì"; compounds are read first.
        var assessment = Judge.Assess("disagree",
            "Sở Xây dựng không đồng ý vị trí đặt trạm biến áp trong khuôn viên đơn vị trường học hiện hữu.", Judge.Land);

        Assert.That(assessment.Verdict, Is.EqualTo(AssessmentVerdicts.Vague));
        Assert.That(assessment.Codes(), Does.Contain(ReasonCodes.UnsupportedDisagreement));
    }
}

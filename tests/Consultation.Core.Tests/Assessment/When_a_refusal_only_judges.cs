using Consultation.Core.Assessment;

namespace Consultation.Core.Tests.Assessment;

/// <summary>Evaluative words are not reasons, however long the sentence and whatever names it repeats.</summary>
public sealed class When_a_refusal_only_judges
{
    [TestCase("Sở Tài nguyên và Môi trường không thống nhất do đề xuất chưa đúng quy định về quản lý, sử dụng đất rừng, chưa bảo đảm nguyên tắc, trình tự chuyển mục đích theo quy định hiện hành.")]
    [TestCase("Sở không thống nhất chuyển mục đích đất rừng sản xuất tại huyện Buôn Đôn cho khu du lịch sinh thái, vì phương án gây xáo trộn đời sống người dân, tiềm ẩn nhiều phức tạp, chưa phù hợp với định hướng phát triển.")]
    [TestCase("Sở Tài nguyên và Môi trường không thống nhất chuyển mục đích 24.000 m² đất rừng sản xuất sang đất thương mại dịch vụ.")]
    [TestCase("Sở chưa thống nhất, cụ thể:\n1. Đề xuất chưa phù hợp với định hướng phát triển của huyện.\n2. Hồ sơ còn sơ sài, thiếu thuyết phục.\nĐề nghị huyện hoàn chỉnh lại.")]
    public void Should_call_it_unsupported(string content)
    {
        var assessment = Judge.Assess("disagree", content, Judge.Land);

        Assert.That(assessment.Verdict, Is.EqualTo(AssessmentVerdicts.Vague));
        Assert.That(assessment.Codes(), Does.Contain(ReasonCodes.UnsupportedDisagreement));
    }

    [Test]
    public void Should_accept_a_refusal_whose_reason_follows_the_refused_figure()
    {
        var assessment = Judge.Assess("disagree",
            "Sở Tài nguyên và Môi trường không thống nhất chuyển mục đích 24.000 m², vì 1,1 ha trong số đó nằm trong quy hoạch rừng phòng hộ theo Quyết định số 1234/QĐ-UBND.",
            Judge.Land);

        Assert.That(assessment.Verdict, Is.EqualTo(AssessmentVerdicts.Clear));
        Assert.That(assessment.Reasons[0].Message, Does.Contain("1,1 ha"));
    }

    [Test]
    public void Should_read_a_venue_that_cannot_be_provided_as_a_reasoned_refusal()
    {
        var assessment = Judge.Assess("disagree",
            "Sở Nội vụ không bố trí được hội trường ngày 15/7/2026 do đã tổ chức thi tuyển công chức tại đây; đề nghị chuyển sang ngày 22/7/2026.",
            Judge.Meeting);

        Assert.That(assessment.Verdict, Is.EqualTo(AssessmentVerdicts.Clear));
    }
}

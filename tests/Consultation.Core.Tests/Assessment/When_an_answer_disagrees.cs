using Consultation.Core.Assessment;

namespace Consultation.Core.Tests.Assessment;

public sealed class When_an_answer_disagrees
{
    [TestCase("Sở Tài nguyên và Môi trường không thống nhất. Khu đất thuộc quy hoạch rừng sản xuất được duyệt tại Quyết định số 1187/QĐ-UBND; chuyển mục đích phải được HĐND tỉnh chấp thuận theo Điều 20 Luật Lâm nghiệp năm 2017.", Judge.Land)]
    [TestCase("Sở Giao thông vận tải không đồng ý phương án cầu treo vì lũ quét trên suối thường cuốn trôi cây lớn, cầu treo dễ bị va đập hư hỏng; đề xuất xây cầu bê tông một nhịp vượt lũ.", Judge.Bridge)]
    [TestCase("Chưa thống nhất: quỹ đất rừng còn lại của huyện chỉ 1.240 ha, thấp hơn chỉ tiêu giữ rừng được giao.", Judge.Land)]
    [TestCase("Khong dong y cho thue phong hoc. Theo khoan 2 Dieu 58 Luat Quan ly, su dung tai san cong nam 2017, chi duoc cho thue khi co de an duoc phe duyet.", Judge.LegalQuestion)]
    public void Should_accept_a_refusal_with_a_specific_reason_or_alternative(string content, string issue)
    {
        var assessment = Judge.Assess("disagree", content, issue);

        Assert.That(assessment.Verdict, Is.EqualTo(AssessmentVerdicts.Clear));
        Assert.That(assessment.Codes(), Does.Contain(ReasonCodes.ReasonsGiven));
    }

    [TestCase("Sở Tài nguyên và Môi trường chưa đồng ý, đề nghị UBND huyện nghiên cứu lại cho phù hợp.")]
    [TestCase("Việc chuyển mục đích này chưa thực sự thuyết phục, còn nhiều điểm chưa rõ ràng.")]
    [TestCase("Qua trao đổi, các phòng chuyên môn của Sở không đồng tình với đề xuất này.")]
    [TestCase("Không đồng ý vì ngân sách tỉnh năm 2026 còn khó khăn.")]
    [TestCase("Đối với đề nghị chuyển mục đích 2,4 ha đất rừng sản xuất, Sở không thống nhất.")]
    [TestCase("Đề xuất chưa được Sở chấp thuận; đề nghị xây dựng phương án khác.")]
    public void Should_call_a_refusal_vague_when_it_gives_only_verdict_words(string content)
    {
        var assessment = Judge.Assess("disagree", content, Judge.Land);

        Assert.That(assessment.Verdict, Is.EqualTo(AssessmentVerdicts.Vague));
        Assert.That(assessment.Codes(), Does.Contain(ReasonCodes.UnsupportedDisagreement));
    }

    [Test]
    public void Should_note_a_text_that_agrees_while_the_position_says_disagree()
    {
        var assessment = Judge.Assess("disagree", "Sở thống nhất với đề xuất của huyện.", Judge.Land);

        Assert.That(assessment.Verdict, Is.EqualTo(AssessmentVerdicts.Vague));
        Assert.That(assessment.Codes(), Does.Contain(ReasonCodes.PositionContradicted));
    }
}

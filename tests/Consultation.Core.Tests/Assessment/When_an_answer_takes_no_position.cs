using Consultation.Core.Assessment;

namespace Consultation.Core.Tests.Assessment;

/// <summary>
/// The API requires a position, so an evasive clerk picks "agree" and writes something else; the
/// text is judged against the position it claims.
/// </summary>
public sealed class When_an_answer_takes_no_position
{
    [TestCase(null)]
    [TestCase("")]
    [TestCase("maybe")]
    public void Should_call_a_missing_position_vague_whatever_the_text(string? position)
    {
        var assessment = Judge.Assess(position, "Thống nhất thời gian, địa điểm tổ chức hội nghị.", Judge.Meeting);

        Assert.That(assessment.Verdict, Is.EqualTo(AssessmentVerdicts.Vague));
        Assert.That(assessment.Reasons[0].Code, Is.EqualTo(ReasonCodes.PositionMissing));
    }

    [TestCase("Sở Y tế đã nhận được văn bản và không có ý kiến gì thêm.", ReasonCodes.NoOpinion)]
    [TestCase("Về nội dung này, Sở Y tế không có ý kiến tham gia.", ReasonCodes.NoOpinion)]
    [TestCase("Sở đã giao phòng chuyên môn nghiên cứu, sẽ báo cáo kết quả sau.", ReasonCodes.Deferral)]
    [TestCase("Hiện Sở đang tổng hợp nhu cầu của các trung tâm; khi có kết quả, Sở sẽ có ý kiến về dự toán.", ReasonCodes.Deferral)]
    [TestCase("Mỗi phương án đều có ưu điểm riêng. Đề nghị Sở Tài chính tự cân nhắc, quyết định và chịu trách nhiệm.", ReasonCodes.PuntBack)]
    [TestCase("Đề nghị Sở Tài chính căn cứ các quy định hiện hành để thực hiện, bảo đảm chặt chẽ, đúng quy định.", ReasonCodes.BoilerplateCitation)]
    [TestCase("Căn cứ Luật Ngân sách nhà nước năm 2015 và Luật Đấu thầu năm 2023, việc mua sắm phải thực hiện theo đúng các quy định nêu trên.", ReasonCodes.BoilerplateCitation)]
    [TestCase("Đề nghị Sở Tài chính phối hợp với các cơ quan liên quan để xử lý.", ReasonCodes.Deflection)]
    [TestCase("Thời gian qua, ngành Y tế đã tổ chức khám sàng lọc cho 24.000 người cao tuổi, vượt 12% kế hoạch.", ReasonCodes.SelfReport)]
    public void Should_name_the_way_it_evades(string content, string code)
    {
        var assessment = Judge.Assess("agree", content, Judge.Budget);

        Assert.That(assessment.Verdict, Is.EqualTo(AssessmentVerdicts.Vague));
        Assert.That(assessment.Codes(), Does.Contain(code));
    }

    [TestCase("Sở Y tế sẽ tổ chức nghiên cứu và có văn bản trả lời trong thời gian sớm nhất.")]
    [TestCase("Đề nghị Sở Tài chính sớm bố trí kinh phí sửa chữa trụ sở làm việc của Sở Y tế đã xuống cấp.")]
    [TestCase("Kế hoạch được xây dựng công phu, bám sát chỉ đạo của Tỉnh ủy và UBND tỉnh.")]
    [TestCase("Sở Y tế đề nghị tổ chức cuộc họp với sự tham gia của các trung tâm y tế trước khi trình.")]
    public void Should_call_a_text_that_avoids_the_obvious_phrases_but_states_nothing_vague(string content)
    {
        var assessment = Judge.Assess("agree", content, Judge.Budget);

        Assert.That(assessment.Verdict, Is.EqualTo(AssessmentVerdicts.Vague));
        Assert.That(assessment.Codes(), Does.Contain(ReasonCodes.PositionNotStated));
    }
}

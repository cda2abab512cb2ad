using Consultation.Core.Assessment;

namespace Consultation.Core.Tests.Assessment;

/// <summary>Assesses test answers with the shipped lexicon; the issues are invented for these specs.</summary>
internal static class Judge
{
    private static readonly AnswerAssessor Assessor = new();

    public const string Budget = "Sở Tài chính xin ý kiến Sở Y tế về dự toán kinh phí mua 12 xe cứu thương cho các trung tâm y tế huyện năm 2026, tổng 18 tỷ đồng.";
    public const string Meeting = "Văn phòng UBND tỉnh xin ý kiến Sở Nội vụ về thời gian, địa điểm tổ chức Hội nghị sơ kết cải cách hành chính vào 8 giờ ngày 15/7/2026 tại Hội trường UBND tỉnh.";
    public const string Nomination = "Ban Dân tộc tỉnh xin ý kiến Sở Văn hóa, Thể thao và Du lịch về việc cử 01 thành viên tham gia Ban tổ chức Ngày hội văn hóa các dân tộc.";
    public const string Draft = "Sở Công Thương xin ý kiến Sở Tư pháp về dự thảo Quyết định quy định khoảng cách tối thiểu giữa các cửa hàng xăng dầu trên quốc lộ là 5 km.";
    public const string Land = "UBND huyện Buôn Đôn xin ý kiến Sở Tài nguyên và Môi trường về việc chuyển mục đích 2,4 ha đất rừng sản xuất sang đất thương mại dịch vụ cho khu du lịch sinh thái.";
    public const string LegalQuestion = "Sở Giáo dục và Đào tạo xin ý kiến Sở Tư pháp về việc có được cho thuê phòng học ngoài giờ để tổ chức lớp kỹ năng sống hay không.";
    public const string Bridge = "UBND huyện Ea Súp xin ý kiến Sở Giao thông vận tải nên đầu tư cầu treo hay cầu bê tông qua suối Đăk Kin cho buôn Ja.";
    public const string Prices = "Sở Xây dựng đề nghị UBND huyện Krông Pắc cung cấp giá gạch, xi măng, cát xây dựng trên thị trường huyện tháng 6/2026 để công bố giá vật liệu.";

    public static AnswerAssessment Assess(
        string? position, string content, string? issue = null, string? legalBasis = null,
        string? competentName = null, string? competentCode = null, string? lead = null,
        ReasonLanguage language = ReasonLanguage.Vietnamese) =>
        Assessor.Assess(new AssessmentInput
        {
            Position = position,
            Content = content,
            Issue = issue,
            LegalBasis = legalBasis,
            CompetentAgencyName = competentName,
            CompetentAgencyCode = competentCode,
            LeadAgencyCode = lead,
        }, language);

    public static IEnumerable<string> Codes(this AnswerAssessment assessment) => assessment.Reasons.Select(r => r.Code);
}

using BenchmarkDotNet.Attributes;
using Consultation.Core.Assessment;

namespace Consultation.Benchmarks;

/// <summary>
/// The target is at least 5,000 assessments per second on one core for a 1,500-character answer,
/// that is 200 µs or less per assessment. The answer mixes every kind of clause the rules read:
/// a reserved agreement, located edits, figures, a citation, a closing formula.
/// </summary>
[SimpleJob]
[MemoryDiagnoser]
public class AssessmentBenchmark
{
    private const string Issue =
        "Dự thảo Quyết định ban hành định mức kinh phí duy tuy, sửa chữa đường giao thông nông thôn năm 2027. "
        + "Sở Giao thông vận tải xin ý kiến Sở Tài chính về định mức 45 triệu đồng/km/năm cho đường xã và nguồn kinh phí thực hiện. "
        + "Áp dụng định mức theo cấp đường; ngân sách tỉnh hỗ trợ 70%, ngân sách huyện bố trí 30%.";

    private static readonly string[] Comments =
    [
        "Sở Tài chính cơ bản thống nhất với dự thảo Quyết định và có ý kiến cụ thể như sau:",
        "(1) Tại khoản 2 Điều 3, đề nghị điều chỉnh định mức đường xã từ 45 triệu đồng/km/năm xuống 38 triệu đồng/km/năm, vì đơn giá nhân công và vật liệu năm 2026 bình quân chỉ tăng 4,2% so với năm 2024 theo công bố giá của Sở Xây dựng;",
        "(2) Tại Điều 5, bổ sung quy định ngân sách huyện phải bố trí tối thiểu 30% kinh phí trước ngày 31/3 hằng năm, làm điều kiện để tỉnh cấp phần hỗ trợ 70%;",
        "(3) Bỏ khoản 4 Điều 6 vì trùng với nội dung đã quy định tại Thông tư số 12/2014/TT-BGTVT;",
        "(4) Phụ lục II: đề nghị tách riêng định mức cho đường bê tông xi măng và đường cấp phối, vì chi phí duy tu của hai loại mặt đường chênh lệch khoảng 2,5 lần.",
        "(5) Tại Điều 8, đề nghị quy định rõ UBND cấp xã chịu trách nhiệm nghiệm thu khối lượng duy tu hằng quý, gửi kết quả về Phòng Kinh tế – Hạ tầng trước ngày 10 của tháng đầu quý sau;",
        "(6) Bổ sung điều khoản chuyển tiếp: hợp đồng duy tu đã ký trước ngày Quyết định có hiệu lực tiếp tục thực hiện theo định mức cũ đến hết năm 2026, không điều chỉnh đơn giá hợp đồng;",
        "(7) Thay cụm từ “kịp thời” tại khoản 1 Điều 9 bằng thời hạn không quá 05 ngày làm việc kể từ khi phát hiện hư hỏng mặt đường, cầu, cống.",
        "Tổng kinh phí năm 2027 theo định mức điều chỉnh ước khoảng 96,6 tỷ đồng, trong đó ngân sách tỉnh 67,6 tỷ đồng đã được dự kiến trong kế hoạch tài chính 03 năm 2026–2028.",
        "Trên cơ sở các ý kiến trên, đề nghị Sở Giao thông vận tải hoàn thiện dự thảo, trình UBND tỉnh xem xét, quyết định theo thẩm quyền.",
    ];

    private AnswerAssessor _assessor = null!;
    private AssessmentInput _input = null!;

    [GlobalSetup]
    public void Setup()
    {
        _assessor = new AnswerAssessor();
        _input = new AssessmentInput
        {
            Position = "agree_with_comments",
            Content = string.Join("\n", Comments),
            Issue = Issue,
            LeadAgencyCode = "SGTVT",
        };
        // Loading the lexicon happens once per process; measure the steady state.
        _ = _assessor.Assess(_input);
    }

    [Benchmark]
    public string AssessOneAnswer() => _assessor.Assess(_input).Verdict;
}

using Consultation.Core.Agencies;

namespace Consultation.Api.Demo;

/// <summary>
/// Agencies of Đắk Lắk as organised since 1/7/2025 (merged with Phú Yên, two-tier local government,
/// no district level: DOMAIN.md a.8). The departments follow the 2025 reorganisation; the communes
/// are a sample of the 102 commune-level units. Demo data: emails use a reserved-looking domain so
/// nothing reaches a real mailbox.
/// </summary>
public static class DemoAgencies
{
    public static readonly IReadOnlyList<(string Code, string Name, string Kind, string Competence)> All =
    [
        ("VPUBND", "Văn phòng Ủy ban nhân dân tỉnh Đắk Lắk", AgencyKinds.Committee, "Tham mưu tổng hợp, điều phối hoạt động chung của UBND tỉnh"),
        ("SNV", "Sở Nội vụ tỉnh Đắk Lắk", AgencyKinds.Department, "Tổ chức bộ máy, công chức, viên chức, cải cách hành chính, thi đua khen thưởng, lao động"),
        ("STP", "Sở Tư pháp tỉnh Đắk Lắk", AgencyKinds.Department, "Thẩm định văn bản quy phạm pháp luật, hộ tịch, bổ trợ tư pháp"),
        ("STC", "Sở Tài chính tỉnh Đắk Lắk", AgencyKinds.Department, "Ngân sách, tài sản công, đầu tư công, kế hoạch, doanh nghiệp"),
        ("SCT", "Sở Công Thương tỉnh Đắk Lắk", AgencyKinds.Department, "Công nghiệp, thương mại, năng lượng"),
        ("SNNMT", "Sở Nông nghiệp và Môi trường tỉnh Đắk Lắk", AgencyKinds.Department, "Nông nghiệp, đất đai, tài nguyên nước, môi trường"),
        ("SXD", "Sở Xây dựng tỉnh Đắk Lắk", AgencyKinds.Department, "Quy hoạch xây dựng, nhà ở, giao thông vận tải"),
        ("SKHCN", "Sở Khoa học và Công nghệ tỉnh Đắk Lắk", AgencyKinds.Department, "Khoa học, công nghệ, chuyển đổi số, bưu chính viễn thông"),
        ("SGDDT", "Sở Giáo dục và Đào tạo tỉnh Đắk Lắk", AgencyKinds.Department, "Giáo dục và đào tạo"),
        ("SYT", "Sở Y tế tỉnh Đắk Lắk", AgencyKinds.Department, "Y tế, bảo trợ xã hội"),
        ("SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk", AgencyKinds.Department, "Văn hóa, thể thao, du lịch, báo chí"),
        ("SDTTG", "Sở Dân tộc và Tôn giáo tỉnh Đắk Lắk", AgencyKinds.Department, "Công tác dân tộc, tín ngưỡng, tôn giáo"),
        ("TTT", "Thanh tra tỉnh Đắk Lắk", AgencyKinds.Department, "Thanh tra, tiếp công dân, giải quyết khiếu nại, tố cáo"),
        ("UBND-BMT", "Ủy ban nhân dân phường Buôn Ma Thuột", AgencyKinds.Commune, "Quản lý nhà nước trên địa bàn phường"),
        ("UBND-TANAN", "Ủy ban nhân dân phường Tân An", AgencyKinds.Commune, "Quản lý nhà nước trên địa bàn phường"),
        ("UBND-TUYHOA", "Ủy ban nhân dân phường Tuy Hòa", AgencyKinds.Commune, "Quản lý nhà nước trên địa bàn phường"),
        ("UBND-BUONHO", "Ủy ban nhân dân phường Buôn Hồ", AgencyKinds.Commune, "Quản lý nhà nước trên địa bàn phường"),
        ("UBND-EAKAR", "Ủy ban nhân dân xã Ea Kar", AgencyKinds.Commune, "Quản lý nhà nước trên địa bàn xã"),
    ];
}

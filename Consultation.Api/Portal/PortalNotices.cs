namespace Consultation.Api.Portal;

/// <summary>What a page says after an action it redirected from; unknown codes say nothing.</summary>
public static class PortalNotices
{
    public static string? Read(string? code, PortalText t) => code switch
    {
        "answered" => t.T("Đã gửi ý kiến của đơn vị. Đánh giá tự động được ghi kèm ý kiến bên dưới.", "Your answer is sent. Its automatic assessment is recorded with it below."),
        "reviewed" => t.T("Đã ghi nhận việc xem xét ý kiến.", "The review is recorded."),
        "extended" => t.T("Đã gia hạn trả lời.", "The deadline is extended."),
        "redirected" => t.T("Đã chuyển lấy ý kiến cơ quan có thẩm quyền.", "The request is redirected to the competent agency."),
        "closed" => t.T("Đã kết thúc lấy ý kiến và lưu tổng hợp.", "The consultation is closed with its synthesis."),
        _ => null,
    };
}

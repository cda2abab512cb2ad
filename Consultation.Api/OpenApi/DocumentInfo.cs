using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Consultation.Api.OpenApi;

/// <summary>What a vendor reads first: the title, the rule the service enforces, whom to ask, and where it is served.</summary>
public sealed class DocumentInfo : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "Consultation API — lấy ý kiến phối hợp";
        document.Info.Version = "v1";
        document.Info.Description =
            "Các cơ quan mở văn bản lấy ý kiến và trả lời đúng hạn, rõ quan điểm (Chỉ thị của Chủ tịch UBND tỉnh Đắk Lắk ngày 08/11/2024, mục 1(i)). "
            + "Xác thực bằng khóa API trong tiêu đề X-Api-Key. Lỗi trả về theo RFC 9457 (application/problem+json) với mã lỗi `code`, "
            + "lỗi từng trường `errors` và `traceId`; tiếng Việt mặc định, tiếng Anh với Accept-Language: en. "
            + "POST gửi lại với cùng Idempotency-Key nhận lại phản hồi đầu tiên và không tạo gì hai lần. "
            + "Mỗi thao tác có operationId cố định để sinh mã máy khách.";
        document.Info.Contact = new OpenApiContact { Name = "Bộ phận vận hành Consultation (Sở Nội vụ)" };
        document.Tags = new HashSet<OpenApiTag>
        {
            new() { Name = "Agencies", Description = "Cơ quan, đơn vị: đăng ký (quản trị) và tra cứu." },
            new() { Name = "Keys", Description = "Khóa API: cấp (chỉ hiển thị một lần) và thu hồi; chỉ quản trị." },
            new() { Name = "Consultations", Description = "Văn bản lấy ý kiến: mở, trả lời, xem xét, gia hạn, chuyển cơ quan có thẩm quyền, kết thúc." },
            new() { Name = "Assessments", Description = "Xem trước đánh giá câu trả lời (rõ ràng hay chung chung), không lưu." },
            new() { Name = "Calendar", Description = "Lịch ngày làm việc: ngày nghỉ lễ, tết, ngày làm bù, cách tính thời hạn." },
            new() { Name = "Reports", Description = "Báo cáo tổng hợp tình hình phối hợp và kết quả phối hợp của từng cơ quan." },
            new() { Name = "Webhooks", Description = "Webhook: cơ quan đăng ký địa chỉ nhận thông báo sự kiện, đổi khóa bí mật ký, xem nhật ký gửi; quản trị gửi lại lần gửi đã thất bại." },
        };
        // The server is wherever the document was read from; a trailing slash would double the one each path starts with.
        foreach (var server in document.Servers ?? [])
        {
            server.Url = server.Url?.TrimEnd('/');
        }
        return Task.CompletedTask;
    }
}

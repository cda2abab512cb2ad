using System.Globalization;

namespace Consultation.Api.Problems;

/// <summary>Every message shown to people, in Vietnamese first and English on request.</summary>
public static class Messages
{
    private static readonly Dictionary<string, (string Vi, string En)> Catalogue = new()
    {
        // Problem titles.
        ["validation"] = ("Dữ liệu gửi lên chưa hợp lệ.", "The request is not valid."),
        ["malformed_json"] = ("Nội dung gửi lên không phải JSON hợp lệ.", "The request body is not valid JSON."),
        ["body_required"] = ("Yêu cầu này cần nội dung JSON.", "This request needs a JSON body."),
        ["bad_request"] = ("Yêu cầu không hợp lệ.", "The request is not valid."),
        ["unauthorized"] = ("Thiếu khóa API hoặc khóa API không hợp lệ (tiêu đề X-Api-Key).", "The API key (X-Api-Key header) is missing or not valid."),
        ["forbidden"] = ("Khóa API này không có quyền thực hiện thao tác này.", "This API key may not perform this action."),
        ["not_found"] = ("Không tìm thấy tài nguyên được yêu cầu.", "The requested resource was not found."),
        ["consultation_not_found"] = ("Không tìm thấy văn bản lấy ý kiến.", "The consultation was not found."),
        ["agency_not_found"] = ("Không tìm thấy cơ quan, đơn vị có mã này.", "No agency has this code."),
        ["assignment_not_found"] = ("Cơ quan này không được lấy ý kiến trong văn bản này.", "This agency is not consulted on this consultation."),
        ["key_not_found"] = ("Không tìm thấy khóa API còn hiệu lực có tiền tố này.", "No live API key has this prefix."),
        ["method_not_allowed"] = ("Phương thức HTTP không được hỗ trợ tại địa chỉ này.", "The HTTP method is not allowed here."),
        ["payload_too_large"] = ("Nội dung gửi lên vượt quá dung lượng cho phép ({0} byte).", "The request body exceeds the limit of {0} bytes."),
        ["unsupported_media_type"] = ("Nội dung phải gửi dưới dạng application/json.", "The body must be sent as application/json."),
        ["unsupported_charset"] = ("Nội dung JSON phải mã hóa UTF-8 (charset=utf-8).", "Only UTF-8 JSON is accepted (charset=utf-8)."),
        ["rate_limited"] = ("Khóa API này gửi quá nhiều yêu cầu; vui lòng thử lại sau ít phút.", "Too many requests for this API key; try again shortly."),
        ["database_unavailable"] = ("Cơ sở dữ liệu tạm thời không truy cập được; yêu cầu chưa được ghi nhận. Vui lòng gửi lại sau ít giây.", "The database is briefly unreachable; nothing was recorded. Send the request again in a few seconds."),
        ["internal"] = ("Hệ thống gặp lỗi khi xử lý yêu cầu. Vui lòng thử lại; nếu lỗi còn, báo bộ phận vận hành kèm mã truy vết.", "The service failed to handle the request. Try again; if it persists, tell operations the trace id."),
        ["agency_exists"] = ("Mã cơ quan này đã được đăng ký.", "An agency with this code is already registered."),
        ["duplicate_document_number"] = ("Đơn vị đã có văn bản lấy ý kiến mang số, ký hiệu này.", "The lead agency already has a consultation with this document number."),
        ["not_consulted"] = ("Cơ quan của khóa API này không được lấy ý kiến trong văn bản này, nên không thể trả lời.", "The caller's agency is not consulted on this consultation, so it cannot answer."),
        ["not_lead"] = ("Chỉ đơn vị chủ trì mới được thực hiện thao tác này.", "Only the lead agency may do this."),
        ["consultation_not_open"] = ("Văn bản lấy ý kiến đã kết thúc hoặc bị thu hồi; không thể thay đổi.", "The consultation is closed or withdrawn; it cannot change."),
        ["already_answered"] = ("Cơ quan đã trả lời; chỉ được trả lời lại khi đơn vị chủ trì đề nghị làm rõ.", "The agency has answered; it may answer again only when the lead requests clarification."),
        ["not_answered"] = ("Cơ quan chưa trả lời nên chưa thể xem xét câu trả lời.", "The agency has not answered yet, so there is nothing to review."),
        ["deemed_agreed"] = ("Cơ quan không trả lời trong thời hạn và đã được coi là thống nhất theo văn bản lấy ý kiến, nên không có câu trả lời để xem xét. Nếu cần chờ ý kiến của cơ quan, đơn vị chủ trì gia hạn.", "The agency did not answer in time and was deemed to agree, as the consultation stated, so there is no answer to review. To wait for its answer, extend the deadline."),
        ["not_referred"] = ("Ý kiến trả lời gần nhất của cơ quan này không phải là không thuộc chức năng, nhiệm vụ (not_competent), nên không có nội dung để chuyển cơ quan khác.", "This agency's latest answer is not a not_competent answer, so there is nothing to redirect."),
        ["already_redirected"] = ("Ý kiến không thuộc thẩm quyền này đã được chuyển cho cơ quan khác; mỗi ý kiến chỉ chuyển một lần.", "This not_competent answer has already been redirected; each is redirected once."),
        ["already_consulted"] = ("Cơ quan được chuyển đến đã được lấy ý kiến trong văn bản này.", "The agency to redirect to is already consulted on this consultation."),
        ["already_reviewed"] = ("Câu trả lời này đã được xem xét.", "This answer has already been reviewed."),
        ["due_not_later"] = ("Thời hạn mới phải sau thời hạn hiện tại.", "The new due date must be later than the current one."),
        ["idempotency_in_progress"] = ("Một yêu cầu với cùng Idempotency-Key đang được xử lý; vui lòng thử lại sau.", "A request with the same Idempotency-Key is still being processed; retry later."),
        ["antiforgery_failed"] = ("Biểu mẫu đã hết hạn hoặc không hợp lệ; vui lòng tải lại trang và thực hiện lại.", "The form has expired or is not valid; reload the page and try again."),
        ["key_shown_once"] = ("Khóa API đã được cấp theo yêu cầu trước với cùng Idempotency-Key (tiền tố {0}) và chỉ hiển thị một lần; hệ thống không lưu khóa nên không thể gửi lại. Nếu chưa lưu được khóa, đề nghị thu hồi khóa có tiền tố này và cấp khóa mới.", "The API key was issued by the earlier request with this Idempotency-Key (prefix {0}) and is shown only once; it is not stored, so it cannot be sent again. If it was not saved, revoke the key with this prefix and issue a new one."),
        ["webhook_secret_shown_once"] = ("Khóa bí mật của địa chỉ nhận webhook (mã {0}) đã được cấp theo yêu cầu trước với cùng Idempotency-Key và chỉ hiển thị một lần; hệ thống không gửi lại. Nếu chưa lưu được, đề nghị đổi khóa bí mật (rotate-secret).", "The webhook endpoint's secret (endpoint {0}) was issued by the earlier request with this Idempotency-Key and is shown only once; it is not sent again. If it was not saved, rotate the secret (rotate-secret)."),
        ["webhook_not_found"] = ("Không tìm thấy địa chỉ nhận webhook này.", "The webhook endpoint was not found."),
        ["webhook_limit"] = ("Cơ quan đã đăng ký đủ {0} địa chỉ nhận webhook; đề nghị xóa địa chỉ không còn dùng trước khi đăng ký thêm.", "The agency already has {0} webhook endpoints; delete one no longer used before registering another."),
        ["delivery_not_failed"] = ("Không có lần gửi webhook đã thất bại mang mã này (có thể đã gửi được hoặc đang chờ gửi lại).", "No failed webhook delivery has this id (it may have been delivered or be waiting to be retried)."),
        ["idempotency_mismatch"] = ("Idempotency-Key này đã được dùng cho một yêu cầu có nội dung khác.", "This Idempotency-Key was already used for a different request."),
        ["idempotency_key_invalid"] = ("Idempotency-Key phải từ 1 đến 128 ký tự in được.", "Idempotency-Key must be 1 to 128 printable characters."),

        // Field errors.
        ["required"] = ("Trường này là bắt buộc.", "This field is required."),
        ["too_long"] = ("Không được dài quá {0} ký tự.", "Must be at most {0} characters."),
        ["control_characters"] = ("Có ký tự điều khiển không hợp lệ.", "Contains control characters."),
        ["invisible_characters"] = ("Có ký tự ẩn (ký tự định dạng, đảo chiều văn bản, ký tự độ rộng bằng 0) hoặc dấu xuống dòng; trường này chỉ gồm một dòng chữ nhìn thấy được.", "Contains invisible characters (format, bidi or zero-width characters) or a line break; this field is one line of visible text."),
        ["unknown_value"] = ("Giá trị không hợp lệ; chỉ chấp nhận: {0}.", "Not a valid value; accepted: {0}."),
        ["not_substantive"] = ("Cần nêu rõ nội dung (ít nhất {0} từ), không viết chung chung.", "State it in substance (at least {0} words), not in general terms."),
        ["same_as_title"] = ("Không được chép lại trích yếu; cần nêu rõ nội dung cụ thể.", "Must not repeat the title; state the substance."),
        ["issue_equals_direction"] = ("Vấn đề lấy ý kiến và định hướng xử lý phải là hai nội dung khác nhau.", "The issue and the proposed direction must differ."),
        ["invalid_time"] = ("Thời điểm phải theo ISO 8601 và có múi giờ, ví dụ 2026-12-05T17:00:00+07:00.", "Must be an ISO 8601 time with an offset, e.g. 2026-12-05T17:00:00+07:00."),
        ["not_in_future"] = ("Thời hạn phải ở tương lai.", "The due moment must be in the future."),
        ["due_both"] = ("Chỉ nêu một trong hai: dueAt hoặc workingDays.", "Give either dueAt or workingDays, not both."),
        ["due_required"] = ("Cần nêu thời hạn: dueAt hoặc workingDays.", "Give a due moment: dueAt or workingDays."),
        ["working_days_range"] = ("Số ngày làm việc phải từ 1 đến {0}.", "Working days must be between 1 and {0}."),
        ["due_too_far"] = ("Thời hạn không được quá {0} ngày làm việc.", "The due moment may not be more than {0} working days away."),
        ["consultees_required"] = ("Cần nêu ít nhất một cơ quan được lấy ý kiến.", "Name at least one agency to consult."),
        ["too_many"] = ("Không được quá {0} mục.", "At most {0} items."),
        ["agency_unknown"] = ("Mã cơ quan '{0}' chưa được đăng ký.", "Agency code '{0}' is not registered."),
        ["agency_inactive"] = ("Cơ quan '{0}' đã ngừng hoạt động trên hệ thống.", "Agency '{0}' is no longer active."),
        ["self_consultation"] = ("Đơn vị chủ trì không tự lấy ý kiến chính mình.", "The lead agency cannot consult itself."),
        ["duplicate_consultee"] = ("Cơ quan '{0}' được nêu nhiều lần.", "Agency '{0}' is listed more than once."),
        ["reason_required"] = ("Cần nêu lý do lấy ý kiến cơ quan này (chức năng, nhiệm vụ hoặc căn cứ pháp lý).", "State why this agency is consulted (its function or legal basis)."),
        ["redirect_to_lead"] = ("Không thể chuyển cho chính đơn vị chủ trì.", "A referral cannot be redirected to the lead agency itself."),
        ["redirect_target_inactive"] = ("Cơ quan có thẩm quyền nêu trong ý kiến trả lời không còn hoạt động; đề nghị chỉ định cơ quan cần chuyển (agencyCode).", "The competent agency the answer names is no longer active; give the agency to redirect to (agencyCode)."),
        ["redirect_target_required"] = ("Ý kiến trả lời không nêu mã cơ quan có thẩm quyền đã đăng ký; đề nghị chỉ định cơ quan cần chuyển (agencyCode).", "The answer names no registered competent agency; give the agency to redirect to (agencyCode)."),
        ["competent_required"] = ("Khi trả lời không thuộc thẩm quyền, phải nêu cơ quan có thẩm quyền (competentAgencyCode hoặc competentAgencyName).", "A not_competent answer must name the competent body (competentAgencyCode or competentAgencyName)."),
        ["competent_both"] = ("Chỉ nêu một trong hai: competentAgencyCode hoặc competentAgencyName.", "Give either competentAgencyCode or competentAgencyName, not both."),
        ["competent_self"] = ("Cơ quan có thẩm quyền không thể là chính cơ quan trả lời.", "The competent body cannot be the answering agency itself."),
        ["competent_only_when_not_competent"] = ("Chỉ nêu cơ quan có thẩm quyền khi trả lời không thuộc thẩm quyền.", "Name a competent body only with a not_competent answer."),
        ["invalid_code"] = ("Mã chỉ gồm chữ cái không dấu, chữ số, '-' hoặc '_', tối đa 32 ký tự.", "A code is letters without diacritics, digits, '-' or '_', at most 32 characters."),
        ["invalid_email"] = ("Địa chỉ thư điện tử không hợp lệ.", "Not a valid email address."),
        ["unknown_field"] = ("Trường này không được hỗ trợ.", "This field is not supported."),
        ["wrong_type"] = ("Kiểu dữ liệu không đúng.", "The value has the wrong type."),
        ["invalid_value"] = ("Giá trị không hợp lệ.", "Not a valid value."),
        ["page_range"] = ("Phải là số nguyên từ 1 đến {0}.", "Must be a whole number from 1 to {0}."),
        ["webhook_url_invalid"] = ("Địa chỉ nhận phải là URL tuyệt đối dạng https://…, không chứa tên đăng nhập, mật khẩu hay phần sau dấu #.", "Must be an absolute https:// URL without user name, password or #fragment."),
        ["webhook_url_https"] = ("Địa chỉ nhận phải dùng giao thức https để bảo đảm an toàn dữ liệu.", "The endpoint must use https."),
        ["webhook_events_required"] = ("Cần nêu ít nhất một loại sự kiện cần nhận (eventTypes).", "Name at least one event type (eventTypes)."),
        ["webhook_agency_required"] = ("Quản trị viên đăng ký cho cơ quan nào thì nêu mã cơ quan đó (agencyCode).", "An administrator names the agency the endpoint is for (agencyCode)."),
        ["webhook_agency_own"] = ("Cơ quan chỉ đăng ký địa chỉ nhận webhook cho chính mình.", "An agency registers webhook endpoints for itself only."),
        ["role_for_agency"] = ("Khóa của cơ quan chỉ có vai trò agency hoặc supervisor.", "An agency's key has role agency or supervisor."),
        ["role_unbound"] = ("Khóa không gắn với cơ quan chỉ có vai trò admin hoặc ops.", "A key not bound to an agency has role admin or ops."),
        ["note_required_for_confirm_vague"] = ("Khi xác nhận câu trả lời chung chung, né tránh, cần ghi rõ nhận xét (note): câu trả lời chưa đạt ở điểm nào.", "Confirming an answer as vague needs a note saying what falls short."),
        ["assessment_context_both"] = ("Chỉ nêu một trong hai: consultationId hoặc issue.", "Give either consultationId or issue, not both."),
        ["due_only_for_clarification"] = ("Chỉ nêu thời hạn khi đề nghị làm rõ.", "Give a due moment only with request_clarification."),

        // Reports.
        ["report_not_own"] = ("Cơ quan chỉ được xem báo cáo của đơn vị mình chủ trì; báo cáo của đơn vị khác và báo cáo toàn tỉnh do Sở Nội vụ theo dõi.", "An agency may read only the report of its own consultations; other units' reports and the province-wide one are the supervisor's."),
        ["scorecard_not_own"] = ("Cơ quan chỉ được xem kết quả phối hợp của chính mình.", "An agency may read only its own scorecard."),
        ["scorecards_supervisor_only"] = ("Chỉ Sở Nội vụ (khóa giám sát) được xem bảng xếp hạng các cơ quan, đơn vị.", "Only the supervisor may read the ranking of all agencies."),
        ["period_order"] = ("Ngày kết thúc (to) không được trước ngày bắt đầu (from).", "The end date (to) may not be before the start date (from)."),
        ["period_too_long"] = ("Kỳ báo cáo không được dài quá {0} ngày.", "A period may not be longer than {0} days."),

        // Calendar.
        ["calendar_override_not_found"] = ("Ngày này không có điều chỉnh nào trong lịch nghỉ lễ, tết.", "No calendar override exists for this date."),
        ["year_range"] = ("Năm phải từ {0} đến {1}.", "The year must be between {0} and {1}."),
        ["invalid_date"] = ("Ngày phải viết theo dạng yyyy-MM-dd, ví dụ 2026-09-02.", "A date must be written yyyy-MM-dd, e.g. 2026-09-02."),
    };

    public static string Get(string code, Lang lang, params object[] args)
    {
        var (vi, en) = Catalogue.TryGetValue(code, out var text) ? text : Catalogue["bad_request"];
        var template = lang == Lang.En ? en : vi;
        return args.Length == 0 ? template : string.Format(CultureInfo.InvariantCulture, template, args);
    }
}

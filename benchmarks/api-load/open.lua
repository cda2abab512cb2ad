-- Each request opens a consultation of three consulted agencies, with a document number and an
-- Idempotency-Key of its own (API_LOAD_TAG, the thread and a counter).
dofile(os.getenv("API_LOAD_DIR") .. "/common.lua")

local tag, key = os.getenv("API_LOAD_TAG"), os.getenv("API_LOAD_KEY")
local n = 0

function request()
  n = n + 1
  local number = string.format("%d/%s-T%d-OPEN", n, tag, tid)
  local body = '{"documentNumber":"' .. number .. '",'
    .. '"title":"Dự thảo Quyết định phân bổ kinh phí chuyển đổi số năm 2027",'
    .. '"issue":"Tiêu chí phân bổ kinh phí chuyển đổi số cho các xã, phường theo dân số và diện tích",'
    .. '"proposedDirection":"Phân bổ 60% theo dân số, 40% theo diện tích; mỗi xã tối thiểu 500 triệu đồng",'
    .. '"urgency":"khan","workingDays":5,"consultees":['
    .. '{"agencyCode":"' .. tag .. '-C01","reason":"Thẩm định tính hợp pháp của dự thảo"},'
    .. '{"agencyCode":"' .. tag .. '-C02","reason":"Cơ quan quản lý nhà nước về chuyển đổi số"},'
    .. '{"agencyCode":"' .. tag .. '-C03","reason":"Cơ quan quản lý nhà nước về tài chính"}]}'
  return wrk.format("POST", "/api/v1/consultations",
    { ["X-Api-Key"] = key, ["Content-Type"] = "application/json", ["Idempotency-Key"] = number }, body)
end

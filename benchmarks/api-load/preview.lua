-- The assessment preview of a 250-character draft answer, judged against the issue's text.
dofile(os.getenv("API_LOAD_DIR") .. "/common.lua")

wrk.method = "POST"
wrk.path = "/api/v1/assessments"
wrk.headers["X-Api-Key"] = os.getenv("API_LOAD_KEY")
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"position":"agree_with_comments","content":"' .. answer_content
  .. '","legalBasis":"Luật Ngân sách nhà nước 2015, Điều 30",'
  .. '"issue":"Tiêu chí phân bổ kinh phí chuyển đổi số cho các xã, phường theo dân số và diện tích"}'

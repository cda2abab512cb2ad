-- Shared by every scenario: counts responses that are not 2xx in each thread (wrk's own count leaves
-- out 3xx) and prints one line that run.sh reads. A request unanswered after wrk's 2 s timeout is
-- counted apart, and is missing from the latencies: a p99 with timeouts beside it is too low.
local threads = {}
non2xx = 0
exhausted = 0

function setup(thread)
  thread:set("tid", #threads)
  table.insert(threads, thread)
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
    -- The first few bodies say why; enough to diagnose without flooding the log.
    if non2xx <= 3 then
      io.stderr:write(string.format("api-load: %d %s\n", status, string.sub(body or "", 1, 300)))
    end
  end
end

function done(summary, latency, requests)
  local bad, out_of_work = 0, 0
  for _, thread in ipairs(threads) do
    bad = bad + thread:get("non2xx")
    out_of_work = out_of_work + thread:get("exhausted")
  end
  local e = summary.errors
  io.write(string.format(
    "api-load-result requests=%d seconds=%.2f rps=%.1f p50_ms=%.2f p99_ms=%.2f non2xx=%d socket_errors=%d timeouts=%d exhausted=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, bad,
    e.connect + e.read + e.write, e.timeout, out_of_work))
end

-- A 250-character answer (characters, not bytes) with a clear position: a number, a legal basis, a deadline.
answer_content = "Thống nhất phương án phân bổ 60% theo dân số, 40% theo diện tích. Đề nghị bổ sung Nghị quyết số 12/2026/NQ-HĐND vào phần căn cứ ban hành, vì mức tối thiểu 500 triệu đồng mỗi xã do Nghị quyết này quy định; hoàn thành trước ngày 15/12/2026, trình UBND."

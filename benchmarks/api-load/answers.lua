-- Each request answers a different open assignment, with the consulted agency's own key. Thread t of
-- n takes lines t, t+n, … of API_LOAD_ANSWERS ("<path> <key>"); a thread that runs out stops and says so.
dofile(os.getenv("API_LOAD_DIR") .. "/common.lua")

local work, next_index = {}, 1
local body = '{"position":"agree_with_comments","content":"' .. answer_content
  .. '","legalBasis":"Luật Ngân sách nhà nước 2015, Điều 30"}'

function init(args)
  local stride = tonumber(os.getenv("API_LOAD_THREADS"))
  local n = 0
  for line in io.lines(os.getenv("API_LOAD_ANSWERS")) do
    if n % stride == tid then
      local path, key = line:match("^(%S+) (%S+)$")
      table.insert(work, wrk.format("POST", path, { ["X-Api-Key"] = key, ["Content-Type"] = "application/json" }, body))
    end
    n = n + 1
  end
end

function request()
  if next_index > #work then
    -- Out of open assignments: stop; what is still sent repeats an answer and counts as non-2xx.
    exhausted = 1
    wrk.thread:stop()
    return work[#work]
  end
  next_index = next_index + 1
  return work[next_index - 1]
end

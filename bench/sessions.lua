-- wrk script: one signed-in session per wrk thread (run with as many threads as connections), so
-- that each connection is a different person, as in real use. The cookies file has one
-- "SESSION=…" line per thread; bench/run.sh makes it by signing in through the form.
local cookies = {}
for line in io.lines(os.getenv("BENCH_COOKIES")) do
  cookies[#cookies + 1] = line
end
local next_index = 0

function setup(thread)
  next_index = next_index + 1
  thread:set("cookie", cookies[((next_index - 1) % #cookies) + 1])
end

function init(args)
  wrk.headers["Cookie"] = cookie
end

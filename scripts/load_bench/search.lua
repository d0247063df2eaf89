-- wrk script: GET /api/search with queries read from the file named by the
-- environment variable QUERIES (one URL-encoded query string per line),
-- each thread starting at a different line.
dofile(os.getenv("LOAD_BENCH_DIR") .. "/summary.lua")
local queries = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("offset", counter * 97)
end

function init(args)
  for line in io.lines(os.getenv("QUERIES")) do
    queries[#queries + 1] = line
  end
  i = offset or 0
end

function request()
  i = i + 1
  return wrk.format("GET", "/api/search?limit=20&" .. queries[(i % #queries) + 1])
end

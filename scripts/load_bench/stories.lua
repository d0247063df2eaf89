-- wrk script: alternates GET /api/stories (the first pages, following real
-- cursors read from the file named by CURSORS: one URL-encoded cursor per
-- line, an empty line for the first page) with GET /api/stories/{id} for
-- story ids read from the file named by STORIES.
dofile(os.getenv("LOAD_BENCH_DIR") .. "/summary.lua")
local ids = {}
local cursors = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("offset", counter * 31)
end

function init(args)
  for line in io.lines(os.getenv("STORIES")) do
    ids[#ids + 1] = line
  end
  for line in io.lines(os.getenv("CURSORS")) do
    cursors[#cursors + 1] = line
  end
  i = offset or 0
end

function request()
  i = i + 1
  if i % 2 == 0 then
    local c = cursors[(math.floor(i / 2) % #cursors) + 1]
    if c == "" then
      return wrk.format("GET", "/api/stories")
    end
    return wrk.format("GET", "/api/stories?cursor=" .. c)
  end
  return wrk.format("GET", "/api/stories/" .. ids[(i % #ids) + 1])
end

-- wrk script: alternates GET /api/stories (pages 1-5) with GET
-- /api/stories/{id} for story ids read from the file named by STORIES.
local ids = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("offset", counter * 31)
end

function init(args)
  for line in io.lines(os.getenv("STORIES")) do
    ids[#ids + 1] = line
  end
  i = offset or 0
end

function request()
  i = i + 1
  if i % 2 == 0 then
    return wrk.format("GET", "/api/stories?cursor=o:" .. (math.floor(i / 2) % 5) * 50)
  end
  return wrk.format("GET", "/api/stories/" .. ids[(i % #ids) + 1])
end
